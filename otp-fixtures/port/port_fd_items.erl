%% An fd port's name and os_pid.
-module(port_fd_items).
-export([main/0]).
main() ->
    P = open_port({fd, 2, 2}, [out, binary]),
    erlang:display(erlang:port_info(P, name)),
    erlang:display(erlang:port_info(P, os_pid)),
    erlang:display(port_command(P, <<>>)),
    erlang:display(port_close(P)).
