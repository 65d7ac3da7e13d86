%% {Pid, {connect, New}}: the old owner gets {Port, connected}; data then goes to New, which
%% is not linked to the port.
-module(port_connect_message).
-export([main/0]).
main() ->
    Self = self(),
    New = spawn(fun() -> receive {P, {data, D}} -> Self ! {got, D, erlang:port_info(P, connected) =:= {connected, self()}} end end),
    P = open_port({spawn, "cat"}, []),
    P ! {self(), {connect, New}},
    erlang:display(receive {P, connected} -> connected after 2000 -> none end),
    erlang:display(erlang:port_info(P, links) =:= {links, [self()]}),
    port_command(P, "data"),
    erlang:display(receive {got, D, Owner} -> {D, Owner} after 2000 -> none end),
    port_close(P).
