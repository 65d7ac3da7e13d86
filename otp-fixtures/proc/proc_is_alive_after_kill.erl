-module(proc_is_alive_after_kill).
-export([main/0]).

%% is_process_alive/1 sees the effect of an exit signal the caller sent before.
main() ->
    Ps = [spawn(fun() -> receive after infinity -> ok end end) || _ <- lists:seq(1, 100)],
    [exit(P, kill) || P <- Ps],
    erlang:display(lists:usort([is_process_alive(P) || P <- Ps])),
    Qs = [spawn(fun() -> receive after infinity -> ok end end) || _ <- lists:seq(1, 100)],
    [exit(Q, shutdown) || Q <- Qs],
    erlang:display(lists:usort([is_process_alive(Q) || Q <- Qs])),
    ok.
