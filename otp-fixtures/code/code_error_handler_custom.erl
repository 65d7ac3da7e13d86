%% process_flag(error_handler, M): calls of undefined functions go to M:undefined_function/3.
-module(code_error_handler_custom).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_handler, ?CL_HANDLER)),
    erlang:display(process_flag(error_handler, cl_handler)),
    erlang:display(process_info(self(), error_handler)),
    erlang:display(cl_no_such_module:some_function(1, [two], "three")),
    erlang:display(lists:no_such_function()),
    M = cl_no_such_module,
    erlang:display(M:dynamic(x)),
    erlang:display(apply(M, applied, [1, 2])),
    erlang:display((fun M:as_fun/1)(arg)),
    erlang:display(process_flag(error_handler, error_handler)),
    erlang:display(e(fun() -> cl_no_such_module:some_function(1) end)),
    %% Other processes keep the default handler.
    erlang:display(process_flag(error_handler, cl_handler)),
    Self = self(),
    spawn(fun() -> Self ! {child, e(fun() -> cl_no_such_module:f() end),
                           process_info(self(), error_handler)} end),
    receive {child, R, H} -> erlang:display({R, H}) end,
    ok.
