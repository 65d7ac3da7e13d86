%% exit: 1
%% eval: exit(bye)
%% -eval: exit with a reason ends the boot
-module(eval_exit).
