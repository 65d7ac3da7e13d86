-module(proc_trap_toggle).
-export([main/0]).

%% Turning trap_exit off again makes exit signals kill once more.
main() ->
    Self = self(),
    {P, R} = spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        Self ! {ready, 1},
        receive {'EXIT', _, first} -> Self ! trapped_first end,
        process_flag(trap_exit, false),
        Self ! {ready, 2},
        receive after infinity -> ok end
    end),
    receive {ready, 1} -> ok end,
    exit(P, first),
    receive trapped_first -> erlang:display(trapped_first) end,
    receive {ready, 2} -> ok end,
    exit(P, second),
    receive {'DOWN', R, process, P, Why} -> erlang:display(Why) end.
