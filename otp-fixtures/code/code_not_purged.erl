%% A third version cannot be loaded while the first is still old code.
-module(code_not_purged).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    erlang:display(cl_ver:version()),
    R = erlang:prepare_loading(cl_ver, ?CL_VER_V3),
    erlang:display(erlang:finish_loading([R])),
    %% The prepared code was not used: it can be used after the purge.
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:finish_loading([R])),
    erlang:display(cl_ver:version()),
    erlang:display(erlang:check_old_code(cl_ver)),
    ok.
