%% erts_debug:get_internal_state/1 items: facts, process status, the process_info item list,
%% and badarg for items erl does not know.
-module(bif2_internal_state_get).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:system_flag(system_logger, undefined),
    erts_debug:set_internal_state(available_internal_state, true),
    G = fun(X) -> erlang:display({X, t(fun() -> erts_debug:get_internal_state(X) end)}) end,
    [G(X) || X <- [available_internal_state, force_heap_frags, scheduler_dump, lc_graph,
                   flxctr_memory_usage, min_unique_integer, min_unique_monotonic_integer,
                   nope, 1, "x", {nope, 1}, {process_status, self()}, {process_status, x},
                   {process_status, 1}, {check_time_config, true, no_time_warp},
                   {check_time_config, false, multi_time_warp},
                   {check_time_config, x, no_time_warp}, {check_time_config, true, x},
                   {a, b, c, d}]],
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    erlang:display(erts_debug:get_internal_state({process_status, Dead})),
    Waiting = spawn(fun() -> receive stop -> ok end end),
    erlang:display(erts_debug:get_internal_state({process_status, Waiting}) =/= undefined),
    erlang:display(erts_debug:get_internal_state(process_info_args)),
    R = erts_debug:get_internal_state(reds_left),
    erlang:display(is_integer(R) andalso R >= 0),
    Ps = erts_debug:get_internal_state(processes),
    erlang:display(lists:member(self(), Ps) andalso lists:member(Waiting, Ps)),
    erlang:display(lists:sort(proplists:get_keys(erts_debug:get_internal_state(memory)))),
    Waiting ! stop,
    ok.
