%% args: -noinput
%% eval: io:format("~p~n", [init:get_argument(noinput)])
%% eval: io:format("~p~n", [init:get_argument(noshell)])
%% eval: io:format("~p~n", [lists:keymember(noinput, 1, init:get_arguments())])
%% -noinput together with -noshell
-module(eval_noinput).
