%% eval: io:format("hello ~p~n", [world])
%% -eval: one expression printing through io:format
-module(eval_hello).
