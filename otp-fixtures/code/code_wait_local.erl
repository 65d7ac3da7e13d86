%% Local calls stay in the version a process started in; qualified calls move it.
-module(code_wait_local).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    L = spawn(cl_ver, wait_local, []),
    Q = spawn(cl_ver, wait, []),
    erlang:display({ask(L), ask(Q)}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display({ask(L), ask(Q)}),
    erlang:display({ask(L), ask(Q)}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    {_, LRef} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', LRef, _, _, _} -> ok end,
    erlang:display(erlang:purge_module(cl_ver)),
    erlang:display(is_process_alive(L)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    erlang:display(ask(Q)),
    erlang:display(cl_ver:version()),
    ok.
