%% env: ERL_FLAGS=-fx_from_erl_flags ERL_AFLAGS=-fx_from_aflags ERL_ZFLAGS=-fx_from_zflags
%% eval: io:format("~p~n", [[init:get_argument(A) || A <- [fx_from_erl_flags, fx_from_aflags, fx_from_zflags]]])
%% eval: io:format("~p~n", [[A || {A, _} <- init:get_arguments(), lists:prefix("fx_", atom_to_list(A))]])
%% The ERL_FLAGS, ERL_AFLAGS and ERL_ZFLAGS environment variables add flags (their order)
-module(eval_erl_flags).
