%% eval: X = 6, Y = 7, io:format("~p~n", [X * Y])
%% -eval: bindings within one expression
-module(eval_bindings).
