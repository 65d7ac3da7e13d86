%% delete_module/1 makes the current code old; calls then fail; purging removes it.
-module(code_delete_purge).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(e(fun() -> cl_ver:version() end)),
    erlang:display(erlang:function_exported(cl_ver, version, 0)),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(e(fun() -> erlang:delete_module(cl_ver) end)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(e(fun() -> erlang:purge_module(cl_ver) end)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(cl_ver:version()),
    ok.
