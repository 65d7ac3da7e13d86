%% max_heap_size: process_flag/2 and spawn_opt settings (a size or a map), what
%% process_info/2 and system_info/1 report, the errors for bad settings, and the end of a
%% process whose heap outgrows its limit: killed (even when trapping exits), seen as `killed`
%% by linked and monitoring processes; with kill => false it goes on.
-module(proc_max_heap).
-export([main/0]).

grow(N, Acc) when N > 0 -> grow(N - 1, [N | Acc]);
grow(_, Acc) -> Acc.

main() ->
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    erlang:display(process_info(self(), max_heap_size)),
    erlang:display(erlang:system_info(max_heap_size)),
    erlang:display(process_flag(max_heap_size, 100000)),
    erlang:display(process_info(self(), max_heap_size)),
    erlang:display(process_flag(max_heap_size, #{size => 200000, kill => false})),
    erlang:display(process_info(self(), max_heap_size)),
    erlang:display(process_flag(max_heap_size, #{size => 300000, error_logger => false, other_key => 1})),
    erlang:display(process_info(self(), max_heap_size)),
    erlang:display(process_flag(max_heap_size, 233)),
    {garbage_collection, GC} = process_info(self(), garbage_collection),
    erlang:display(lists:keyfind(max_heap_size, 1, GC)),
    erlang:display(process_flag(max_heap_size, 0)),
    Bad = [-1, 10, #{}, #{kill => true}, #{size => 1000, kill => 1}, #{size => 1000, error_logger => x},
           #{size => -5}, foo, 1.5],
    erlang:display([T(fun() -> process_flag(max_heap_size, B) end) || B <- Bad]),
    erlang:display([T(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, B}]) end) || B <- Bad]),
    erlang:display(T(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, 1000}, {min_heap_size, 5000}]) end)),
    erlang:display(process_info(self(), max_heap_size)),
    %% A spawned process gets its own setting, or the system default.
    Me = self(),
    S1 = spawn_opt(fun() -> Me ! {self(), process_info(self(), max_heap_size)} end, [{max_heap_size, 50000}]),
    receive {S1, I1} -> erlang:display(I1) end,
    S2 = spawn(fun() -> Me ! {self(), process_info(self(), max_heap_size)} end),
    receive {S2, I2} -> erlang:display(I2) end,
    %% Outgrowing the limit.
    process_flag(trap_exit, true),
    L1 = spawn_opt(fun() -> grow(1000000, []), exit(not_killed) end,
                   [link, {max_heap_size, #{size => 10000, error_logger => false}}]),
    receive M1 -> erlang:display({linked, M1 =:= {'EXIT', L1, killed}}) end,
    {P2, R2} = spawn_opt(fun() -> grow(1000000, []), exit(not_killed) end,
                         [monitor, {max_heap_size, #{size => 10000, error_logger => false}}]),
    receive M2 -> erlang:display({monitored, M2 =:= {'DOWN', R2, process, P2, killed}}) end,
    {P3, R3} = spawn_opt(fun() -> process_flag(trap_exit, true), grow(1000000, []), exit(not_killed) end,
                         [monitor, {max_heap_size, #{size => 10000, error_logger => false}}]),
    receive M3 -> erlang:display({trapping, M3 =:= {'DOWN', R3, process, P3, killed}}) end,
    {P4, R4} = spawn_opt(fun() ->
                                 process_flag(max_heap_size, #{size => 20000, error_logger => false}),
                                 grow(1000000, []),
                                 exit(not_killed)
                         end, [monitor]),
    receive M4 -> erlang:display({set_by_flag, M4 =:= {'DOWN', R4, process, P4, killed}}) end,
    {P5, R5} = spawn_opt(fun() -> L = grow(100000, []), exit(length(L)) end,
                         [monitor, {max_heap_size, #{size => 10000, kill => false, error_logger => false}}]),
    receive M5 -> erlang:display({not_killed, M5 =:= {'DOWN', R5, process, P5, 100000}}) end,
    {P6, R6} = spawn_opt(fun() -> L = grow(1000, []), exit(length(L)) end,
                         [monitor, {max_heap_size, #{size => 100000, error_logger => false}}]),
    receive M6 -> erlang:display({within_limit, M6 =:= {'DOWN', R6, process, P6, 1000}}) end,
    %% The system default applies to processes spawned after it is set.
    Old = erlang:system_flag(max_heap_size, #{size => 10000, error_logger => false}),
    erlang:display({old_default, Old}),
    erlang:display(erlang:system_info(max_heap_size)),
    {P7, R7} = spawn_monitor(fun() -> grow(1000000, []), exit(not_killed) end),
    receive M7 -> erlang:display({default_limit, M7 =:= {'DOWN', R7, process, P7, killed}}) end,
    erlang:display(erlang:system_flag(max_heap_size, 0)),
    erlang:display(T(fun() -> erlang:system_flag(max_heap_size, foo) end)),
    erlang:display(process_info(self(), max_heap_size)),
    ok.
