%% eval: io:format("stop~n"), init:stop(4)
%% -eval: init:stop/1 with a status
-module(eval_init_stop).
