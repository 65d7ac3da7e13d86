%% input:
%% stdin: bin line\nsecond\nabcdefg\n{t}.\n
%% Reads after io:setopts([binary]): lines and chars as binaries; then back to lists
-module(input_binary).
-export([main/0]).
main() ->
    ok = io:setopts([binary]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:get_chars("", 3)]),
    io:format("~p~n", [proplists:get_value(binary, io:getopts())]),
    io:format("~p~n", [io:get_line("")]),
    ok = io:setopts([list]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:read("")]),
    io:format("~p~n", [io:get_line("")]).
