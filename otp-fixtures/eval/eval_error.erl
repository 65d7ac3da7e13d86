%% exit: 1
%% eval: erlang:display(before)
%% eval: 1 / 0
%% -eval: an error ends the boot with status 1
-module(eval_error).
