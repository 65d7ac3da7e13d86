%% The literal area collector's built-ins belong to it alone: notsup for any other process,
%% whatever the arguments; the collector itself answers its status queries.
-module(bif2_literal_collector).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erts_literal_area_collector:release_area_switch() end)),
    [erlang:display(t(fun() -> erts_literal_area_collector:send_copy_request(P, A, H) end))
     || {P, A, H} <- [{self(), make_ref(), init}, {self(), area, check_gc}, {self(), area, need_gc},
                      {self(), area, bad}, {x, area, init}]],
    Collector = [P || P <- processes(),
                      {initial_call, {erts_literal_area_collector, start, 0}}
                          == process_info(P, initial_call)],
    erlang:display(length(Collector)),
    [C] = Collector,
    erlang:display(erts_internal:is_system_process(C)),
    R = make_ref(),
    C ! {get_status, R, self()},
    erlang:display(receive {R, S} -> S after 2000 -> timeout end),
    C ! garbage,
    R2 = make_ref(),
    C ! {get_status, R2, self()},
    erlang:display(receive {R2, S2} -> S2 after 2000 -> timeout end),
    erlang:display(process_info(C, priority)),
    ok.
