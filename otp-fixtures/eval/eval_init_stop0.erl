%% eval: io:format("before stop~n"), init:stop(), io:format("after the call~n")
%% eval: io:format("never runs~n")
%% init:stop/0: the current -eval finishes, later ones do not run, status 0
-module(eval_init_stop0).
