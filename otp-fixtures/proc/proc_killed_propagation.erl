-module(proc_killed_propagation).
-export([main/0]).

%% A process killed by exit(P, kill) dies with 'killed', and its links see 'killed'
%% (which is not untrappable).
main() ->
    process_flag(trap_exit, true),
    Self = self(),
    Mid = spawn_link(fun() ->
        process_flag(trap_exit, true),
        Leaf = spawn_link(fun() -> receive after infinity -> ok end end),
        Self ! {leaf, Leaf},
        receive after infinity -> ok end
    end),
    receive {leaf, Leaf} -> ok end,
    exit(Mid, kill),
    receive {'EXIT', Mid, R1} -> erlang:display({mid, R1}) end,
    M = monitor(process, Leaf),
    receive {'DOWN', M, process, Leaf, R2} -> erlang:display({leaf, R2}) end,
    ok.
