%% {line, L}: whole lines as {eol, Line}, long ones in {noeol, Part} pieces, and a last
%% line without a newline as {noeol, Rest}.
-module(port_line_modes).
-export([main/0]).
main() ->
    P = open_port({spawn_executable, "/bin/sh"},
                  [{args, ["-c", "printf 'short\\nabcdefghijklmnop\\n\\nlast'"]}, {line, 6}, binary]),
    loop(P).
loop(P) ->
    receive
        {P, {data, D}} -> erlang:display(D), loop(P);
        {'EXIT', P, R} -> erlang:display({exit, R})
    after 5000 -> erlang:display(timeout)
    end.
