%% input:
%% stdin: one\ntwo two\n\nfour
%% file:read_line(standard_io) until eof
-module(input_read_line).
-export([main/0]).
main() ->
    case file:read_line(standard_io) of
        eof -> io:format("eof~n");
        Other -> io:format("~p~n", [Other]), main()
    end.
