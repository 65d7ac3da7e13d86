#!/usr/bin/env escript
%% args: x
%% escript:script_name/0 and the plain arguments the script sees
main(Args) ->
    io:format("~p~n", [filename:basename(escript:script_name())]),
    io:format("~p~n", [filename:extension(escript:script_name())]),
    io:format("~p~n", [Args]),
    io:format("~p~n", [init:get_plain_arguments() -- Args =/= init:get_plain_arguments()]),
    io:format("~p~n", [lists:member({ok, [[]]}, [init:get_argument(noshell)])]).
