%% Loading the same binary twice: the first copy becomes old code like any other version.
-module(code_load_same_twice).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    {L, Ref} = spawn_monitor(cl_ver, wait_local, []),
    erlang:display(ask(L)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erlang:check_process_code(L, cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(erlang:purge_module(cl_ver)),
    receive {'DOWN', Ref, process, L, Why} -> erlang:display(Why) end,
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    erlang:display(cl_ver:version()),
    ok.
