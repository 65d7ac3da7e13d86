%% Rounds of load, spawn processes idling in the current code, load again and purge: every
%% idle process of each old version is killed, the others live on.
-module(code_stress_purge_idle).
-export([main/0]).
-include("code_versions.hrl").

main() ->
    {module, cl_spin} = erlang:load_module(cl_spin, ?CL_SPIN_V1),
    erlang:display(rounds(20, [])),
    ok.

rounds(0, Acc) -> lists:reverse(Acc);
rounds(N, Acc) ->
    Idle = [spawn_monitor(cl_spin, idle, []) || _ <- lists:seq(1, 25)],
    [wait_waiting(P) || {P, _} <- Idle],
    Bin = case N rem 2 of 0 -> ?CL_SPIN_V1; 1 -> ?CL_SPIN_V2 end,
    {module, cl_spin} = erlang:load_module(cl_spin, Bin),
    true = erlang:purge_module(cl_spin),
    Killed = length([ok || {P, R} <- Idle,
                           receive {'DOWN', R, process, P, killed} -> true end]),
    rounds(N - 1, [{Killed, cl_spin:version()} | Acc]).

wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> receive after 1 -> wait_waiting(P) end
    end.
