-module(proc_spawn_many_args).
-export([main/0, f/6, g/0]).

f(P, A, B, C, D, E) -> P ! {args, A, B, C, D, E}.
g() -> exit(g_called).

main() ->
    spawn(?MODULE, f, [self(), 1, "two", {3}, [4, 5], lists:seq(1, 1000)]),
    receive {args, A, B, C, D, E} -> erlang:display({A, B, C, D, length(E)}) end,
    {P, R} = spawn_monitor(?MODULE, g, []),
    receive {'DOWN', R, process, P, W} -> erlang:display(W) end,
    {P2, R2} = spawn_monitor(erlang, exit, [via_bif]),
    receive {'DOWN', R2, process, P2, W2} -> erlang:display(W2) end,
    {P3, R3} = spawn_monitor(fun() -> self() end),
    receive {'DOWN', R3, process, P3, W3} -> erlang:display(W3) end,
    {P4, R4} = spawn_monitor(erlang, apply, [fun(X) -> exit(X) end, [from_apply]]),
    receive {'DOWN', R4, process, P4, W4} -> erlang:display(W4) end,
    ok.
