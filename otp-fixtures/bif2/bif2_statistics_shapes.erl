%% statistics/1 item shapes.
-module(bif2_statistics_shapes).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> element(2, erlang:statistics(io)) >= {output, 0} end)),
    erlang:display(t(fun() -> tuple_size(erlang:statistics(garbage_collection)) end)),
    erlang:display(t(fun() -> is_list(erlang:statistics(run_queue_lengths)) end)),
    erlang:display(t(fun() -> lists:sum(erlang:statistics(run_queue_lengths_all)) >= 0 end)),
    erlang:display(t(fun() -> erlang:statistics(scheduler_wall_time) end)),
    erlang:display(t(fun() -> erlang:statistics(bogus) end)),
    erlang:display(t(fun() -> erlang:statistics(1) end)),
    erlang:display(t(fun() -> is_list(erlang:statistics(microstate_accounting)) end)),
    ok.
