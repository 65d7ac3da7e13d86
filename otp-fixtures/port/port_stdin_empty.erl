%% stdin:
%% Empty standard input gives eof at once.
-module(port_stdin_empty).
-export([main/0]).
main() ->
    P = open_port({fd, 0, 1}, [eof, binary]),
    erlang:display(receive {P, M} -> M after 5000 -> timeout end).
