%% input:
%% Standard input closed while -noshell's I/O server reads it
-module(input_closed).
-export([main/0]).
main() ->
    io:format("~p~n", [io:get_line("prompt> ")]),
    io:format("~p~n", [io:read("")]),
    io:format("~p~n", [file:read_line(standard_io)]).
