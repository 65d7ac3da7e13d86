#!/usr/bin/env escript
%% args: a b
%% exit: 127
%% An escript whose main/1 has no clause for its arguments
main([]) ->
    io:format("no arguments~n");
main([_]) ->
    io:format("one argument~n").
