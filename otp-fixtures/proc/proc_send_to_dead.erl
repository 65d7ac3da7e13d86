-module(proc_send_to_dead).
-export([main/0]).

%% Sending to a dead pid is silently dropped; monitoring or linking it reports noproc.
main() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    erlang:display(P ! lost),
    erlang:display(erlang:send(P, lost)),
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, W} -> erlang:display(W) end,
    process_flag(trap_exit, true),
    link(P),
    receive {'EXIT', P, W2} -> erlang:display(W2) end,
    erlang:display(exit(P, kill)),
    erlang:display(is_process_alive(P)),
    ok.
