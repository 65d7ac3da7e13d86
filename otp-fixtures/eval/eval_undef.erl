%% exit: 1
%% eval: erlang:display(calling)
%% eval: fx_no_such_module:go(1, 2)
%% An -eval calling an undefined function ends the boot
-module(eval_undef).
