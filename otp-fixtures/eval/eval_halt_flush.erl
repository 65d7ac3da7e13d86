%% exit: 5
%% eval: io:format("written before halt~n"), timer:sleep(50), halt(5, [{flush, false}])
%% halt/2 with {flush, false} after output that reached the port
-module(eval_halt_flush).
