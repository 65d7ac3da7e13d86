#!/usr/bin/env escript
%% exit: 127
%% An escript whose main/1 crashes.
main(_) ->
    io:format("before~n"),
    lists:nth(5, [1]).
