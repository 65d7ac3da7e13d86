%% eval: io:format("~p~n", [NAME:double(21)])
%% -eval: calls the fixture's own module
-module(eval_module_call).
-export([double/1]).
double(X) -> X * 2.
