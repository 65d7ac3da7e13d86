%% Closed standard input (no stdin directive) gives eof at once.
-module(port_stdin_closed).
-export([main/0]).
main() ->
    P = open_port({fd, 0, 1}, [eof, binary]),
    erlang:display(receive {P, M} -> M after 5000 -> timeout end),
    erlang:display(port_close(P)).
