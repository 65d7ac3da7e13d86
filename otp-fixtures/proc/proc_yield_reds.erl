-module(proc_yield_reds).
-export([main/0, loop/1, err/1]).

main() ->
    erlang:display(erlang:yield()),
    erlang:display(erlang:bump_reductions(10)),
    erlang:display(err(fun() -> erlang:bump_reductions(0) end)),
    erlang:display(err(fun() -> erlang:bump_reductions(x) end)),
    {reductions, R1} = process_info(self(), reductions),
    loop(20000),
    {reductions, R2} = process_info(self(), reductions),
    erlang:display(R2 > R1),
    {Total, _} = statistics(reductions),
    erlang:display(is_integer(Total) andalso Total > 0),
    erlang:display(is_integer(statistics(run_queue))),
    {W, _} = statistics(wall_clock),
    erlang:display(is_integer(W)),
    {RT, _} = statistics(runtime),
    erlang:display(is_integer(RT)),
    erlang:display(err(fun() -> statistics(bogus) end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.

loop(0) -> ok;
loop(N) -> ?MODULE:loop(N - 1).
