-module(proc_barrier).
-export([main/0]).

%% N workers meet at a barrier twice; the coordinator releases them only when all arrived.
barrier(N) -> barrier(N, []).
barrier(0, Waiting) -> [P ! release || P <- Waiting], length(Waiting);
barrier(N, Waiting) -> receive {arrive, P} -> barrier(N - 1, [P | Waiting]) end.

worker(Coord, I) ->
    Coord ! {arrive, self()},
    receive release -> ok end,
    Coord ! {phase2, I},
    Coord ! {arrive, self()},
    receive release -> ok end,
    Coord ! {done, I}.

main() ->
    Self = self(),
    N = 50,
    [spawn(fun() -> worker(Self, I) end) || I <- lists:seq(1, N)],
    erlang:display(barrier(N)),
    Phase2 = [receive {phase2, I} -> I end || _ <- lists:seq(1, N)],
    erlang:display(lists:sort(Phase2) =:= lists:seq(1, N)),
    erlang:display(barrier(N)),
    Done = [receive {done, I} -> I end || _ <- lists:seq(1, N)],
    erlang:display(lists:sum(Done)),
    ok.
