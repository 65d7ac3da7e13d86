%% Spawn/exit churn: 1,000,000 short-lived processes, at most 1,000 alive at a time.
-module(proc_churn).
-export([main/0]).

-define(N, 1000000).
-define(BATCH, 1000).

wave(0) -> ok;
wave(K) ->
    Self = self(),
    [spawn(fun() -> Self ! done end) || _ <- lists:seq(1, ?BATCH)],
    wait(?BATCH),
    wave(K - 1).

wait(0) -> ok;
wait(N) -> receive done -> wait(N - 1) end.

main() ->
    wave(?N div ?BATCH),
    erlang:display(done).
