%% exit: 1
%% eval: throw(oops)
%% -eval: a throw ends the boot
-module(eval_throw).
