%% exit: 1
%% eval: io:format("before~n")
%% eval: 1 / 0
%% -eval: an error ends the boot with status 1
-module(eval_error).
