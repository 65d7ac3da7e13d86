-module(proc_gc_messages).
-export([main/0]).

%% Garbage collection while messages are queued, matched selectively, and kept alive.
main() ->
    Self = self(),
    spawn(fun() -> [Self ! {m, I, lists:seq(1, I rem 50)} || I <- lists:seq(1, 2000)] end),
    Evens = [receive {m, I, L} when I rem 2 =:= 0 -> length(L) end || I <- lists:seq(2, 2000, 2)],
    erlang:garbage_collect(),
    Odds = [receive {m, I, L} -> {I, length(L)} end || _ <- lists:seq(1, 1000)],
    erlang:display(lists:sum(Evens)),
    erlang:display(lists:sum([L || {_, L} <- Odds])),
    erlang:display(lists:all(fun({I, _}) -> I rem 2 =:= 1 end, Odds)),
    Garbage = [lists:seq(1, 100) || _ <- lists:seq(1, 500)],
    erlang:display(length(Garbage)),
    Keep = [receive X -> X after 0 -> none end],
    erlang:display(Keep),
    erlang:display(erlang:garbage_collect(self())),
    P = spawn(fun() -> receive stop -> ok end end),
    erlang:display(erlang:garbage_collect(P)),
    P ! stop,
    ok.
