#!/usr/bin/env escript
%%! -fx_flag one two -kernel fx_param 7
%% args: plain
%% An escript whose %%! line gives user flags and an application environment value
main(Args) ->
    io:format("~p~n", [init:get_argument(fx_flag)]),
    io:format("~p~n", [application:get_env(kernel, fx_param)]),
    io:format("~p~n", [Args]).
