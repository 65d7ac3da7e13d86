%% load_module/2 with bad arguments: badarg with the caller's arguments in the stack trace.
-module(code_load_badarg).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    erlang:display(catch erlang:load_module(cl_ver, not_a_binary)),
    erlang:display(catch erlang:load_module("cl_ver", ?CL_VER_V1)),
    erlang:display(catch erlang:load_module(cl_ver, <<1:7>>)),
    erlang:display(catch erlang:load_module(cl_ver, [?CL_VER_V1])),
    erlang:display(catch erlang:load_module(42, 42)),
    erlang:display(erlang:module_loaded(cl_ver)),
    ok.
