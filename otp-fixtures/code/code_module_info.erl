%% get_module_info/1,2 and Module:module_info/0,1 of loaded binaries, including md5.
-module(code_module_info).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.

main() ->
    erlang:display(erlang:load_module(cl_nameless, ?CL_NAMELESS)),
    erlang:display(erlang:get_module_info(cl_nameless, module)),
    erlang:display(lists:sort(erlang:get_module_info(cl_nameless, exports))),
    erlang:display(erlang:get_module_info(cl_nameless, functions)),
    erlang:display(erlang:get_module_info(cl_nameless, attributes)),
    erlang:display(erlang:get_module_info(cl_nameless, nifs)),
    erlang:display(cl_nameless:module_info(attributes)),
    Md5 = erlang:get_module_info(cl_nameless, md5),
    erlang:display(Md5),
    erlang:display(Md5 =:= erts_internal:beamfile_module_md5(?CL_NAMELESS)),
    erlang:display(Md5 =:= cl_nameless:module_info(md5)),
    erlang:display([K || {K, _} <- erlang:get_module_info(cl_nameless)]),
    erlang:display(e(fun() -> erlang:get_module_info(cl_nameless, no_such_item) end)),
    erlang:display(e(fun() -> erlang:get_module_info(cl_not_loaded, module) end)),
    erlang:display(e(fun() -> erlang:get_module_info(cl_not_loaded) end)),
    erlang:display(e(fun() -> erlang:get_module_info("x", module) end)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    V1 = cl_ver:module_info(md5),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    V2 = cl_ver:module_info(md5),
    erlang:display({V1 =:= V2, V2 =:= erts_internal:beamfile_module_md5(?CL_VER_V2)}),
    erlang:display(lists:sort(erlang:get_module_info(cl_ver, functions))),
    ok.
