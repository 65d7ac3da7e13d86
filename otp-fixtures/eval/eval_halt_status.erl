%% exit: 7
%% eval: io:format("halting~n"), halt(7)
%% -eval: halt/1 with a status
-module(eval_halt_status).
