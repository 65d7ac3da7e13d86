%% function_exported/3: exported functions of loaded code, and BIFs.
-module(code_function_exported).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:function_exported(erlang, display, 1)),
    erlang:display(erlang:function_exported(erlang, hd, 1)),
    erlang:display(erlang:function_exported(erlang, hd, 2)),
    erlang:display(erlang:function_exported(erlang, self, 0)),
    erlang:display(erlang:function_exported(cl_ver, version, 0)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:function_exported(cl_ver, version, 0)),
    erlang:display(erlang:function_exported(cl_ver, version, 1)),
    erlang:display(erlang:function_exported(cl_ver, module_info, 1)),
    erlang:display(erlang:function_exported(cl_ver, only_v1, 0)),
    erlang:display(erlang:function_exported(cl_ver, deep, 1)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:function_exported(cl_ver, only_v1, 0)),
    erlang:display(erlang:function_exported(cl_ver, only_v2, 0)),
    erlang:display(erlang:function_exported(cl_ver, version, -1)),
    erlang:display(e(fun() -> erlang:function_exported(cl_ver, version, a) end)),
    erlang:display(e(fun() -> erlang:function_exported("cl_ver", version, 0) end)),
    erlang:display(e(fun() -> erlang:function_exported(cl_ver, "version", 0) end)),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(erlang:function_exported(cl_ver, version, 0)),
    ok.
