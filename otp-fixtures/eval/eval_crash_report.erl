%% eval: spawn(fun() -> erlang:error({bad, thing}) end), timer:sleep(100), io:format("after~n")
%% -eval: an error report from a crashing spawned process
-module(eval_crash_report).
