%% exit: 0
%% eval: io:format("going~n"), init:stop("stopping with a slogan")
%% init:stop/1 with a string
-module(eval_init_stop_string).
