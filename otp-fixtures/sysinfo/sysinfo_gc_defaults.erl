%% system_flag defaults reach new processes; spawn_opt options still override them.
-module(sysinfo_gc_defaults).
-export([main/0]).

info(P, K) -> {K, V} = process_info(P, K), V.

main() ->
    Old = erlang:system_flag(fullsweep_after, 10),
    erlang:display(Old),
    P1 = spawn(fun() -> receive stop -> ok end end),
    erlang:display(info(P1, fullsweep_after)),
    P2 = spawn_opt(fun() -> receive stop -> ok end end, [{fullsweep_after, 3}]),
    erlang:display(info(P2, fullsweep_after)),
    erlang:display(proplists:get_value(fullsweep_after, info(P1, garbage_collection))),
    erlang:system_flag(fullsweep_after, Old),
    P3 = spawn(fun() -> receive stop -> ok end end),
    erlang:display(info(P3, fullsweep_after)),
    erlang:display(erlang:system_flag(min_heap_size, 1000)),
    P4 = spawn(fun() -> receive stop -> ok end end),
    erlang:display(info(P4, min_heap_size)),
    P5 = spawn_opt(fun() -> receive stop -> ok end end, [{min_heap_size, 100}]),
    erlang:display(info(P5, min_heap_size)),
    erlang:display(erlang:system_flag(min_heap_size, 233)),
    erlang:display(erlang:system_info(min_heap_size)),
    [P ! stop || P <- [P1, P2, P3, P4, P5]],
    ok.
