%% A module with an on_load function is held back until the function has run.
-module(code_on_load_ok).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_onload_ok, ?CL_ONLOAD_OK)),
    erlang:display(erlang:module_loaded(cl_onload_ok)),
    erlang:display(erlang:function_exported(cl_onload_ok, f, 0)),
    erlang:display(e(fun() -> cl_onload_ok:f() end)),
    erlang:display(erlang:call_on_load_function(cl_onload_ok)),
    erlang:display(erlang:module_loaded(cl_onload_ok)),
    erlang:display(erlang:finish_after_on_load(cl_onload_ok, true)),
    erlang:display(erlang:module_loaded(cl_onload_ok)),
    erlang:display(cl_onload_ok:f()),
    erlang:display(erlang:function_exported(cl_onload_ok, f, 0)),
    erlang:display(e(fun() -> erlang:call_on_load_function(cl_onload_ok) end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_onload_ok, true) end)),
    ok.
