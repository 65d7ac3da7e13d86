%% eval: io:format("~p~n", [process_info(whereis(init), [current_stacktrace, initial_call, status, registered_name])])
%% eval: io:format("~p~n", [[element(2, process_info(P, initial_call)) || P <- lists:sublist(processes(), 6)]])
%% -eval: init, as erl_init started it, waits in its boot loop with nothing under it; the
%% system processes started before it come in erl's order
-module(eval_init_process).
