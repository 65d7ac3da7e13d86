%% input:
%% stdin:
%% Empty standard input: every kind of read sees eof
-module(input_empty).
-export([main/0]).
main() ->
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:read("")]),
    io:format("~p~n", [io:fread("", "~d")]),
    io:format("~p~n", [io:get_chars("", 3)]),
    io:format("~p~n", [file:read_line(standard_io)]),
    io:format("~p~n", [io:get_line("")]).
