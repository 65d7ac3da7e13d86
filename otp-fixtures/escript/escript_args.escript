#!/usr/bin/env escript
%% args: one two "three four"
%% An escript printing its arguments.
main(Args) ->
    io:format("~p~n", [Args]),
    io:format("~p~n", [length(Args)]).
