-module(proc_hibernate).
-export([main/0, err/1, wake/1, finish/1]).

wake(Parent) ->
    receive Msg -> Parent ! {woke, Msg} end,
    erlang:hibernate(?MODULE, wake, [Parent]).

main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    receive after 20 -> ok end,
    erlang:display(is_process_alive(P)),
    P ! first,
    receive {woke, M1} -> erlang:display(M1) end,
    P ! second,
    receive {woke, M2} -> erlang:display(M2) end,
    {status, St} = process_info(P, status),
    erlang:display(St),
    M = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', M, process, P, W} -> erlang:display(W) end,
    Q = spawn(fun() -> receive go -> erlang:hibernate(?MODULE, finish, [done_hibernating]) end end),
    MQ = monitor(process, Q),
    Q ! go,
    receive after 20 -> ok end,
    Q ! wake_up,
    receive {'DOWN', MQ, process, Q, WQ} -> erlang:display(WQ) end,
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.

finish(Why) -> exit(Why).
