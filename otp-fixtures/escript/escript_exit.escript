#!/usr/bin/env escript
%% args: 1 2 3
%% exit: 127
%% An escript whose main/1 exits with a reason after output (the error exit of escript)
main(Args) ->
    [io:format("arg ~s~n", [A]) || A <- Args],
    exit({stopping, length(Args)}).
