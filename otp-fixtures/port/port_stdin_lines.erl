%% stdin: alpha\nbeta\ngamma-is-a-long-line\n
%% Standard input through an fd port cut into lines.
-module(port_stdin_lines).
-export([main/0]).
main() ->
    P = open_port({fd, 0, 1}, [eof, {line, 8}]),
    loop(P).
loop(P) ->
    receive
        {P, {data, D}} -> erlang:display(D), loop(P);
        {P, eof} -> erlang:display(eof)
    after 5000 -> erlang:display(timeout)
    end.
