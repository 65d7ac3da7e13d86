%% input:
%% stdin: first line\nsecond\twith tab\n\nlast without newline
%% io:get_line/1,2 over several lines (prompts are printed), an empty line, a final line without
%% a newline, then eof and eof again
-module(input_get_line).
-export([main/0]).
main() ->
    [io:format("~p~n", [io:get_line(P)]) || P <- ["> ", "", 'atom> ', "", "p: "]],
    io:format("~p~n", [io:get_line(standard_io, "again> ")]),
    ok.
