-module(proc_group_leader).
-export([main/0, err/1]).

main() ->
    GL = group_leader(),
    erlang:display(is_pid(GL)),
    Self = self(),
    P = spawn(fun() -> Self ! {gl, group_leader()}, receive {check, From} -> From ! {gl2, group_leader()} end end),
    receive {gl, G1} -> erlang:display(G1 =:= GL) end,
    erlang:display(group_leader(Self, P)),
    P ! {check, Self},
    receive {gl2, G2} -> erlang:display(G2 =:= Self) end,
    erlang:display(err(fun() -> group_leader(not_pid, self()) end)),
    erlang:display(group_leader(GL, self())),
    erlang:display(group_leader() =:= GL),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
