#!/usr/bin/env escript
%% args: 42
%% exit: 42
%% An escript returning a status computed from its argument with halt/1 (buffered output flushed)
main([N]) ->
    [io:format("line ~p~n", [I]) || I <- lists:seq(1, 20)],
    halt(list_to_integer(N)).
