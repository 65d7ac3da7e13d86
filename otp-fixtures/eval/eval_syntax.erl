%% exit: 1
%% eval: io:format("x"
%% -eval: a syntax error
-module(eval_syntax).
