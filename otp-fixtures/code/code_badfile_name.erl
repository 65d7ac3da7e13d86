%% Code whose module name differs from the name it is loaded under is a bad file.
-module(code_badfile_name).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_other, ?CL_VER_V1)),
    erlang:display(erlang:module_loaded(cl_other)),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:prepare_loading(cl_other, ?CL_VER_V1)),
    erlang:display(is_reference(erlang:prepare_loading(cl_ver, ?CL_VER_V1))),
    erlang:display(erlang:module_loaded(cl_ver)),
    erlang:display(erlang:load_module(cl_srv, ?CL_VER_V2)),
    ok.
