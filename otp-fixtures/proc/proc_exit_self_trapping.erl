-module(proc_exit_self_trapping).
-export([main/0]).

%% exit(self(), R) while trapping exits delivers a message; kill still ends the process.
main() ->
    Self = self(),
    {P, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        exit(self(), normal),
        exit(self(), custom),
        M1 = receive X1 -> X1 end,
        M2 = receive X2 -> X2 end,
        Self ! {got, [element(3, M1), element(3, M2)], element(2, M1) =:= self()},
        exit(self(), kill),
        Self ! still_alive
    end),
    receive {got, L, FromSelf} -> erlang:display({L, FromSelf}) end,
    receive {'DOWN', R, process, P, Why} -> erlang:display(Why) end,
    receive still_alive -> erlang:display(bad) after 0 -> erlang:display(ok) end.
