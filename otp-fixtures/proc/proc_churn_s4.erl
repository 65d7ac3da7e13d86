%% args: +S 4 -s NAME main
-module(proc_churn_s4).
-export([main/0]).

%% Spawn/exit churn: many short-lived processes, monitored, each answering once.
main() ->
    Self = self(),
    N = 20000,
    lists:foreach(fun(I) ->
        {P, R} = spawn_monitor(fun() -> Self ! {hi, self(), I} end),
        receive {hi, P, I} -> ok end,
        receive {'DOWN', R, process, P, normal} -> ok end
    end, lists:seq(1, N)),
    erlang:display(churn_done),
    Pids = [spawn(fun() -> receive go -> Self ! {done, I} end end) || I <- lists:seq(1, N)],
    [P ! go || P <- Pids],
    erlang:display(lists:sum([receive {done, I} -> I end || I <- lists:seq(1, N)])),
    receive after 50 -> ok end,
    erlang:display(length([P || P <- Pids, is_process_alive(P)])).
