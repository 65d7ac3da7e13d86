%% input:
%% stdin: X = 1 + 2.\nfoo(Y) -> Y.\n"unterminated\nstring".\n
%% io:scan_erl_exprs/1 and io:parse_erl_exprs/1 reading Erlang text from standard input
-module(input_scan).
-export([main/0]).
main() ->
    io:format("~p~n", [io:scan_erl_exprs("")]),
    io:format("~p~n", [io:parse_erl_form("")]),
    io:format("~p~n", [io:parse_erl_exprs("")]),
    io:format("~p~n", [io:parse_erl_exprs("")]).
