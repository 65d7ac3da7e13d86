%% input:
%% stdin: abcdefghij\nklm\nnop
%% io:get_chars/2 in pieces across newlines, a request longer than what is left, then eof
-module(input_get_chars).
-export([main/0]).
main() ->
    [io:format("~p~n", [io:get_chars("", N)]) || N <- [3, 1, 6, 2, 0, 4, 10, 5]],
    ok.
