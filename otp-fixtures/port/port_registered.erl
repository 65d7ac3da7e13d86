%% Ports under registered names: register/2, whereis/1, port BIFs and sends by name, and the
%% name going away when the port closes. Also locking and parallelism.
-module(port_registered).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, [{parallelism, true}]),
    Q = open_port({fd, 2, 2}, [out]),
    erlang:display([erlang:port_info(X, I) || X <- [P, Q], I <- [locking, parallelism]]),
    erlang:display(register(girder_test_port, P)),
    erlang:display(erlang:port_info(P, registered_name)),
    erlang:display(erlang:port_info(girder_test_port, id) =:= erlang:port_info(P, id)),
    erlang:display(whereis(girder_test_port) =:= P),
    erlang:display(lists:member(girder_test_port, registered())),
    erlang:display(port_command(girder_test_port, "by name\n")),
    erlang:display(receive {P, {data, D}} -> D after 2000 -> timeout end),
    girder_test_port ! {self(), {command, "sent to the name\n"}},
    erlang:display(receive {P, {data, D2}} -> D2 after 2000 -> timeout end),
    erlang:display(try register(other_name, P) catch error:E -> E end),
    port_close(girder_test_port),
    erlang:display(whereis(girder_test_port)),
    erlang:display(try register(girder_test_port, P) catch error:E2 -> E2 end),
    erlang:display(erlang:port_info(girder_test_port, id)),
    erlang:display(try port_command(girder_test_port, "x") catch error:E3 -> E3 end),
    port_close(Q).
