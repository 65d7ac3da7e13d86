%% The handler sees calls to a module whose code was deleted, and to functions a new version
%% no longer exports.
-module(code_error_handler_deleted).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_handler, ?CL_HANDLER)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    _ = process_flag(error_handler, cl_handler),
    erlang:display(cl_ver:only_v1()),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(cl_ver:only_v1()),
    erlang:display(cl_ver:only_v2()),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(cl_ver:version()),
    erlang:display(cl_ver:only_v2()),
    ok.
