-module(proc_is_alive).
-export([main/0, err/1]).

main() ->
    erlang:display(is_process_alive(self())),
    P = spawn(fun() -> receive stop -> ok end end),
    erlang:display(is_process_alive(P)),
    P ! stop,
    M = monitor(process, P),
    receive {'DOWN', M, _, _, _} -> ok end,
    erlang:display(is_process_alive(P)),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    exit(Q, kill),
    erlang:display(is_process_alive(Q)),
    R = spawn(fun() -> receive after infinity -> ok end end),
    exit(R, normal),
    erlang:display(is_process_alive(R)),
    exit(R, other),
    erlang:display(is_process_alive(R)),
    erlang:display(err(fun() -> is_process_alive(self) end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
