%% purge_module/1 kills the processes still running the old code (reason killed) and spares
%% the others.
-module(code_purge_kills).
-export([main/0]).
-include("code_versions.hrl").

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    {Old, OldRef} = spawn_monitor(cl_ver, wait_local, []),
    {New, NewRef} = spawn_monitor(cl_ver, wait, []),
    {Other, OtherRef} = spawn_monitor(fun() -> receive stop -> ok end end),
    erlang:display({ask(Old), ask(New)}),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(ask(New)),
    erlang:display(erlang:purge_module(cl_ver)),
    receive {'DOWN', OldRef, process, Old, Why} -> erlang:display({old_process, Why}) end,
    erlang:display({is_process_alive(Old), is_process_alive(New), is_process_alive(Other)}),
    erlang:display(ask(New)),
    New ! {self(), stop},
    receive {'DOWN', NewRef, process, New, W2} -> erlang:display({new_process, W2}) end,
    Other ! stop,
    receive {'DOWN', OtherRef, process, Other, W3} -> erlang:display({other_process, W3}) end,
    erlang:display(erlang:check_old_code(cl_ver)),
    ok.
