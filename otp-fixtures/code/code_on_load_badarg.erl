%% The on_load BIFs on modules without pending on_load code, and on bad arguments.
-module(code_on_load_badarg).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(e(fun() -> erlang:call_on_load_function(cl_never) end)),
    erlang:display(e(fun() -> erlang:call_on_load_function(1) end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_never, true) end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_never, maybe) end)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(e(fun() -> erlang:call_on_load_function(cl_ver) end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_ver, true) end)),
    erlang:display(erlang:load_module(cl_onload_ok, ?CL_ONLOAD_OK)),
    erlang:display(e(fun() -> erlang:finish_after_on_load(cl_onload_ok, 1) end)),
    erlang:display(e(fun() -> erlang:finish_after_on_load("cl_onload_ok", true) end)),
    erlang:display(erlang:finish_after_on_load(cl_onload_ok, false)),
    erlang:display(e(fun() -> erlang:has_prepared_code_on_load(make_ref()) end)),
    erlang:display(e(fun() -> erlang:has_prepared_code_on_load(foo) end)),
    ok.
