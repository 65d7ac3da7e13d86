%% input:
%% stdin: file:input_file_read.txt
%% file:read(standard_io, N) in pieces over UTF-8 bytes in the default latin1 mode, the rest at once,
%% then eof; standard input read through `user` and refused by standard_error
-module(input_file_read).
-export([main/0]).
main() ->
    io:format("~w~n", [file:read(standard_io, 3)]),
    io:format("~w~n", [file:read(standard_io, 2)]),
    io:format("~p~n", [io:get_line(user, "")]),
    io:format("~p~n", [io:get_line(standard_error, "")]),
    io:format("~p~n", [file:read(standard_io, 100)]),
    io:format("~p~n", [file:read(standard_io, 1)]),
    io:format("~p~n", [file:read_line(standard_io)]).
