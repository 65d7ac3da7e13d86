#!/usr/bin/env escript
%% exit: 127
%% An escript whose main/1 throws: the escript error goes to stderr, status 127
main(_) ->
    io:format("about to throw~n"),
    throw({not_caught, 1}).
