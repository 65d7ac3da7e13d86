%% foldl and first/next chains over a set walk slots in erl order
-module(ets_order_foldl).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I}) || I <- lists:seq(1, 200)],
    io:format("~w~n", [ets:foldl(fun({K}, A) -> [K | A] end, [], T)]),
    io:format("~w~n", [chain(T, ets:first(T))]).

chain(_, '$end_of_table') -> [];
chain(T, K) -> [K | chain(T, ets:next(T, K))].
