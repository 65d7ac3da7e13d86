-module(proc_stress_monitors).
-export([main/0]).

%% Watchers monitor many targets each; targets end in different ways while being
%% monitored and demonitored; every active monitor yields exactly one 'DOWN'.
-define(TARGETS, 400).
-define(WATCHERS, 20).

target(I) ->
    receive
        stop when I rem 2 =:= 0 -> exit({stopped, I});
        stop -> ok
    end.

watcher(Parent, Targets, Drop) ->
    Refs = [{I, monitor(process, T), T} || {I, T} <- lists:zip(lists:seq(1, length(Targets)), Targets)],
    Dropped = [{R, T} || {I, R, T} <- Refs, I rem (Drop + 1) =:= 0],
    Kept = [{R, T} || {I, R, T} <- Refs, I rem (Drop + 1) =/= 0],
    [true = demonitor(R, [flush]) || {R, _} <- Dropped],
    Parent ! {ready, self()},
    [put(R, T) || {R, T} <- Kept],
    Got = wait_downs(length(Kept), 0),
    Parent ! {result, self(), Got, length(Kept)}.

wait_downs(0, N) -> N;
wait_downs(Left, N) ->
    receive
        {'DOWN', R, process, T, _} ->
            case erase(R) of
                T -> wait_downs(Left - 1, N + 1);
                _ -> wait_downs(Left - 1, -1000000)
            end
    after 10000 -> {missing, Left}
    end.

main() ->
    Targets = [spawn(fun() -> target(I) end) || I <- lists:seq(1, ?TARGETS)],
    Self = self(),
    Ws = [spawn(fun() -> watcher(Self, Targets, D) end) || D <- lists:seq(1, ?WATCHERS)],
    [receive {ready, W} -> ok end || W <- Ws],
    {Stop, Kill} = lists:split(?TARGETS div 2, Targets),
    [T ! stop || T <- Stop],
    [exit(T, kill) || T <- Kill],
    Results = [receive {result, W, Got, Expected} -> Got =:= Expected end || W <- Ws],
    erlang:display(lists:all(fun(X) -> X end, Results)),
    erlang:display(length(Results)),
    receive Extra -> erlang:display({extra, Extra}) after 50 -> erlang:display(clean) end.
