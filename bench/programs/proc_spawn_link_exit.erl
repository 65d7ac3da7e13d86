%% Links: a process that traps exits spawn_links 200,000 processes, which then all exit; the
%% time runs until it has received every 'EXIT' message.
-module(proc_spawn_link_exit).
-export([main/0]).

-define(N, 200000).

main() ->
    process_flag(trap_exit, true),
    T0 = erlang:monotonic_time(),
    Pids = [spawn_link(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, ?N)],
    T1 = erlang:monotonic_time(),
    [Pid ! stop || Pid <- Pids],
    N = wait(?N, 0),
    T2 = erlang:monotonic_time(),
    erlang:display({bench, spawn_link_exit,
                    erlang:convert_time_unit(T2 - T0, native, microsecond),
                    {N, erlang:convert_time_unit(T1 - T0, native, millisecond) >= 0}}).

wait(0, Got) -> Got;
wait(K, Got) -> receive {'EXIT', _, normal} -> wait(K - 1, Got + 1) end.
