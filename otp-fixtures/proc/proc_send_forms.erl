-module(proc_send_forms).
-export([main/0, err/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    erlang:display(self() ! hello),
    erlang:display(erlang:send(self(), world)),
    erlang:display(erlang:send(self(), x, [])),
    A = self() ! self() ! chained,
    erlang:display(A),
    erlang:display(flush()),
    register(me_myself, self()),
    me_myself ! by_name,
    {me_myself, node()} ! by_tuple,
    erlang:display(flush()),
    Dead = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    erlang:display(Dead ! to_dead),
    erlang:display(err(fun() -> 42 ! x end)),
    erlang:display(err(fun() -> "name" ! x end)),
    erlang:display(err(fun() -> {a, b, c} ! x end)),
    erlang:display(err(fun() -> {1, node()} ! x end)),
    erlang:display(err(fun() -> not_registered_xyz ! x end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
