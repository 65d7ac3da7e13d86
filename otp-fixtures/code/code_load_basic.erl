%% erlang:load_module/2 of a binary: the module becomes callable, module_info works, a second
%% version replaces it, and the old one is purged.
-module(code_load_basic).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(cl_ver:version()),
    erlang:display(cl_ver:only_v1()),
    erlang:display(cl_ver:module_info(module)),
    erlang:display(lists:sort(cl_ver:module_info(exports))),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(cl_ver:version()),
    erlang:display(catch cl_ver:only_v1()),
    erlang:display(cl_ver:only_v2()),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(cl_ver:version()),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    ok.
