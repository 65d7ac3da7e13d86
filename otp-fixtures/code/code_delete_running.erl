%% Deleting a module while a process runs it: the process goes on in the (now old) code, calls
%% by name fail, and the purge kills it.
-module(code_delete_running).
-export([main/0]).
-include("code_versions.hrl").

e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    {L, Ref} = spawn_monitor(cl_ver, wait_local, []),
    erlang:display(ask(L)),
    erlang:display(erlang:delete_module(cl_ver)),
    erlang:display(ask(L)),
    erlang:display(e(fun() -> cl_ver:version() end)),
    erlang:display(erlang:check_process_code(L, cl_ver)),
    erlang:display(erlang:purge_module(cl_ver)),
    receive {'DOWN', Ref, process, L, Why} -> erlang:display(Why) end,
    erlang:display({erlang:module_loaded(cl_ver), erlang:check_old_code(cl_ver)}),
    ok.
