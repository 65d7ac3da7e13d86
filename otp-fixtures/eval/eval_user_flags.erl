%% args: -fx_flag a b -fx_flag c -fx_empty -fx_other 1
%% eval: io:format("~p~n", [init:get_argument(fx_flag)])
%% eval: io:format("~p~n", [init:get_argument(fx_empty)])
%% eval: io:format("~p~n", [init:get_argument(fx_other)])
%% eval: io:format("~p~n", [init:get_argument(fx_missing)])
%% eval: io:format("~p~n", [[A || {A, _} <- init:get_arguments(), lists:prefix("fx_", atom_to_list(A))]])
%% eval: io:format("~p~n", [init:get_plain_arguments()])
%% init:get_argument/1 and get_arguments/0 for user flags, repeated and empty
-module(eval_user_flags).
