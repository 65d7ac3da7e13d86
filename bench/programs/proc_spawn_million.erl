%% bench-flags: +P 1100000
%% Spawns 1,000,000 processes that wait in a receive, then sends each a message and
%% collects every reply.
-module(proc_spawn_million).
-export([main/0]).

-define(N, 1000000).

waiter(Parent) -> receive ping -> Parent ! pong end.

collect(0) -> ok;
collect(N) -> receive pong -> collect(N - 1) end.

main() ->
    Self = self(),
    Pids = [spawn(fun() -> waiter(Self) end) || _ <- lists:seq(1, ?N)],
    erlang:display(erlang:system_info(process_count) > ?N),
    [P ! ping || P <- Pids],
    collect(?N),
    erlang:display(done).
