%% A fun of old code called while a purge of that code is in progress waits, suspended in
%% erts_code_purger:pending_purge_lambda/3, until the purge ends: after a hard purge it fails as
%% a call of purged code, after an aborted soft purge it runs. The purge's phases are driven
%% through the code purger's test_purge request.
-module(code_purge_pending_fun).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    hard_purge(),
    soft_purge_aborted(),
    ok.

%% delete_module/1 makes the code old; a hard purge then removes it.
hard_purge() ->
    {module, cl_ver} = erlang:load_module(cl_ver, ?CL_VER_V1),
    F = cl_ver:mk_fun(),
    true = erlang:delete_module(cl_ver),
    Purge = start_purge(cl_ver, true),
    {P0, M0} = spawn_monitor(fun() -> exit(call(F, 1)) end),
    erlang:display(wait_until(fun() -> process_info(P0, status) =:= {status, suspended} end)),
    erlang:display(process_info(P0, current_function)),
    ok = continue_purge(Purge),
    {P1, M1} = spawn_monitor(fun() -> exit(call(F, 2)) end),
    erlang:display(wait_until(fun() -> process_info(P1, status) =:= {status, suspended} end)),
    erlang:display(complete_purge(Purge)),
    erlang:display(down(P0, M0)),
    erlang:display(down(P1, M1)),
    {P2, M2} = spawn_monitor(fun() -> exit(call(F, 3)) end),
    erlang:display(down(P2, M2)).

%% A process still running the old code makes a soft purge abort: the waiting fun call runs.
soft_purge_aborted() ->
    {module, cl_ver} = erlang:load_module(cl_ver, ?CL_VER_V1),
    F = cl_ver:mk_fun(),
    Runner = spawn(cl_ver, wait_local, []),
    Runner ! {self(), version},
    receive {Runner, 1} -> ok end,
    {module, cl_ver} = erlang:load_module(cl_ver, ?CL_VER_V2),
    Purge = start_purge(cl_ver, false),
    {P0, M0} = spawn_monitor(fun() -> exit(call(F, 5)) end),
    erlang:display(wait_until(fun() -> process_info(P0, status) =:= {status, suspended} end)),
    erlang:display(process_info(P0, current_function)),
    ok = continue_purge(Purge),
    erlang:display(complete_purge(Purge)),
    erlang:display(down(P0, M0)),
    Runner ! {self(), stop},
    receive {Runner, stopped} -> ok end,
    erlang:display(erlang:check_old_code(cl_ver)),
    erlang:display(erlang:purge_module(cl_ver)).

%% Calls F in a process of its own, reporting how the call went as the exit reason.
call(F, X) ->
    try {returned, F(X)} catch Class:Reason -> {Class, Reason} end.

down(P, M) ->
    receive {'DOWN', M, process, P, Reason} -> Reason after 5000 -> timeout end.

wait_until(Fun) -> wait_until(Fun, 100).

wait_until(Fun, N) ->
    case {Fun(), N} of
        {true, _} -> ok;
        {false, 0} -> timeout;
        {false, _} -> receive after 20 -> ok end, wait_until(Fun, N - 1)
    end.

start_purge(Mod, Hard) ->
    Ref = make_ref(),
    erts_code_purger ! {test_purge, Mod, self(), Hard, Ref},
    receive {started, Ref} -> Ref end.

continue_purge(Ref) ->
    erts_code_purger ! {continue, Ref},
    receive {continued, Ref} -> ok end.

complete_purge(Ref) ->
    erts_code_purger ! {complete, Ref},
    receive {test_purge, Res, Ref} -> Res end.
