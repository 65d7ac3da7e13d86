%% input:
%% stdin: 3\nalpha 1.\nbeta 2.\ngamma 3.\nrest of the input\nmore\n
%% A count, then that many records read with io:fread and io:read, then the rest with get_line
-module(input_mixed).
-export([main/0]).
main() ->
    {ok, [N]} = io:fread("count? ", "~d"),
    Items = [begin
                 {ok, [Name]} = io:fread("", "~a"),
                 {ok, Value} = io:read(""),
                 {Name, Value}
             end || _ <- lists:seq(1, N)],
    io:format("~n~p~n", [Items]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:get_line("")]),
    io:format("~p~n", [io:get_line("")]).
