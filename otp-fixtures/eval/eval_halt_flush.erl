%% exit: 5
%% eval: erlang:display(written_before_halt), halt(5, [{flush, false}])
%% halt/2 with {flush, false}: the status, after output written directly
-module(eval_halt_flush).
