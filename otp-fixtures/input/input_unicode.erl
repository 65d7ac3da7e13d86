%% input:
%% stdin: file:input_file_read.txt
%% Reading UTF-8 input after io:setopts([{encoding, unicode}]): lines, chars and fread of
%% characters beyond Latin-1 range boundaries, then the device's options and columns/rows
-module(input_unicode).
-export([main/0]).
main() ->
    ok = io:setopts([{encoding, unicode}]),
    io:format("~w~n", [io:get_chars("", 2)]),
    io:format("~w~n", [io:get_line("")]),
    io:format("~p~n", [io:fread("", "~s ~a")]),
    io:format("~p~n", [io:fread("", "~f")]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [lists:sort(io:getopts())]),
    io:format("~p~n", [{io:columns(), io:rows()}]),
    io:format("~p~n", [io:get_password()]).
