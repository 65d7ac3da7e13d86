%% exit: 1
%% eval: halt("stopping here")
%% -eval: halt/1 with a string
-module(eval_halt_text).
