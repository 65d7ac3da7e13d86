%% exit: 1
%% eval: {ok, X} = {error, lists:seq(1, 3)}, io:format("~p~n", [X])
%% An -eval failing with badmatch
-module(eval_badmatch).
