%% External funs and apply always reach the current version.
-module(code_export_funs).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    F = fun cl_ver:version/0,
    M = cl_ver,
    erlang:display({F(), apply(M, version, []), M:version(), cl_ver:apply_self()}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display({F(), apply(M, version, []), M:version(), cl_ver:apply_self()}),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    erlang:display({F(), erlang:apply(fun cl_ver:version/0, []), M:version()}),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(catch F()),
    ok.
