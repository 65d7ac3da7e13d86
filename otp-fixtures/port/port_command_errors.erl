%% Bad arguments to the port BIFs.
-module(port_command_errors).
-export([main/0]).
t(F) -> try F() catch C:E -> {C, E} end.
main() ->
    P = open_port({spawn, "cat"}, []),
    erlang:display(t(fun() -> port_command(P, [1, foo]) end)),
    erlang:display(t(fun() -> port_command(P, 42) end)),
    erlang:display(t(fun() -> port_command(P, [256]) end)),
    erlang:display(t(fun() -> port_command(P, "x", [bogus]) end)),
    erlang:display(t(fun() -> port_command(P, "x", [force]) end)),
    erlang:display(t(fun() -> port_command(P, "y", [nosuspend]) end)),
    erlang:display(t(fun() -> port_command(self(), "x") end)),
    erlang:display(t(fun() -> port_command(no_such_name, "x") end)),
    erlang:display(t(fun() -> port_control(P, 1, []) end)),
    erlang:display(t(fun() -> port_control(P, -1, []) end)),
    erlang:display(t(fun() -> erlang:port_call(P, 1, []) end)),
    erlang:display(t(fun() -> port_close(self()) end)),
    erlang:display(t(fun() -> port_close(no_such_name) end)),
    erlang:display(receive {P, {data, D}} -> D after 2000 -> none end),
    port_close(P).
