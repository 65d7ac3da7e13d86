%% erlang:pre_loaded/0 and loaded/0.
-module(code_pre_loaded).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(lists:sort(erlang:pre_loaded())),
    erlang:display(lists:member(?MODULE, erlang:loaded())),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(lists:member(cl_ver, erlang:loaded())),
    erlang:display(lists:all(fun is_atom/1, erlang:loaded())),
    ok.
