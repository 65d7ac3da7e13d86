%% An on_load function that does not return ok: the module is dropped.
-module(code_on_load_fail).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_onload_fail, ?CL_ONLOAD_FAIL)),
    erlang:display(erlang:call_on_load_function(cl_onload_fail)),
    erlang:display(erlang:finish_after_on_load(cl_onload_fail, false)),
    erlang:display(erlang:module_loaded(cl_onload_fail)),
    erlang:display(erlang:check_old_code(cl_onload_fail)),
    erlang:display(e(fun() -> cl_onload_fail:f() end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_onload_fail, false) end)),
    %% It can be loaded again.
    erlang:display(erlang:load_module(cl_onload_fail, ?CL_ONLOAD_FAIL)),
    erlang:display(erlang:call_on_load_function(cl_onload_fail)),
    erlang:display(erlang:finish_after_on_load(cl_onload_fail, true)),
    erlang:display(cl_onload_fail:f()),
    ok.
