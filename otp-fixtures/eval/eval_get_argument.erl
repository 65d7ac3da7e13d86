%% eval: io:format("~p~n~p~n", [init:get_argument(eval), init:get_plain_arguments()])
%% -eval: init:get_argument and plain arguments
-module(eval_get_argument).
