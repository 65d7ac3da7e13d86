%% OTP's code purger process (erts_code_purger): purge/1 kills processes in old code,
%% soft_purge/1 refuses while one lives. Started here when the system has not started it.
-module(code_purger_process).
-export([main/0]).
-include("code_versions.hrl").

ensure_purger() ->
    case whereis(erts_code_purger) of
        undefined ->
            Self = self(),
            spawn(fun() -> Self ! started, erts_code_purger:start() end),
            receive started -> ok end,
            wait_registered();
        _ -> ok
    end.

wait_registered() ->
    case whereis(erts_code_purger) of
        undefined -> receive after 1 -> wait_registered() end;
        _ -> ok
    end.

ask(P) -> P ! {self(), version}, receive {P, V} -> V end.

main() ->
    ensure_purger(),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V1)),
    {L, LRef} = spawn_monitor(cl_ver, wait_local, []),
    erlang:display(ask(L)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V2)),
    erlang:display(erts_code_purger:soft_purge(cl_ver)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erts_code_purger:purge(cl_ver)),
    receive {'DOWN', LRef, process, L, Why} -> erlang:display(Why) end,
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erts_code_purger:purge(cl_ver)),
    erlang:display(erlang:load_module(cl_ver, ?CL_VER_V3)),
    erlang:display(erts_code_purger:soft_purge(cl_ver)),
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erts_code_purger:soft_purge(cl_ver)),
    ok.
