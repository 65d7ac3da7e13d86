#!/usr/bin/env escript
%%! -noshell
%% args: fail
%% exit: 3
%% An escript that ends with halt(3) after printing.
main(["fail"]) ->
    io:format("failing~n"),
    halt(3);
main(_) ->
    ok.
