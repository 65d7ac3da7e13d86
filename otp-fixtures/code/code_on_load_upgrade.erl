%% An on_load module replacing loaded code: the old current version stays callable until the
%% on_load function succeeds, then becomes old code.
-module(code_on_load_upgrade).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_onload_fail, ?CL_ONLOAD_FAIL)),
    erlang:display(erlang:call_on_load_function(cl_onload_fail)),
    erlang:display(erlang:finish_after_on_load(cl_onload_fail, true)),
    erlang:display(cl_onload_fail:f()),
    erlang:display(erlang:load_module(cl_onload_fail, ?CL_ONLOAD_FAIL)),
    erlang:display(cl_onload_fail:f()),
    erlang:display(erlang:check_old_code(cl_onload_fail)),
    erlang:display(erlang:finish_after_on_load(cl_onload_fail, true)),
    erlang:display(erlang:check_old_code(cl_onload_fail)),
    erlang:display(cl_onload_fail:f()),
    ok.
