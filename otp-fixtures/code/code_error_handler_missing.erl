%% Bad values for the error_handler flag are refused and leave the handler as it was.
-module(code_error_handler_missing).
-export([main/0]).

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(e(fun() -> process_flag(error_handler, 42) end)),
    erlang:display(e(fun() -> process_flag(error_handler, "cl_handler") end)),
    erlang:display(e(fun() -> process_flag(error_handler, {cl_handler}) end)),
    erlang:display(process_info(self(), error_handler)),
    erlang:display(e(fun() -> cl_no_such_module:f(1) end)),
    erlang:display(e(fun() -> lists:no_such_function(1) end)),
    erlang:display(process_flag(error_handler, error_handler)),
    ok.
