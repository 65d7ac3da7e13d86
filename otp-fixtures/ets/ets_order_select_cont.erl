%% select with a continuation returns erl's chunks
-module(ets_order_select_cont).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I, I}) || I <- lists:seq(1, 500)],
    io:format("~w~n", [chunks(ets:select(T, [{{'$1', '_'}, [{'<', '$1', 400}], ['$1']}], 37))]),
    io:format("~w~n", [mchunks(ets:match(T, {'$1', '_'}, 100))]).

chunks('$end_of_table') -> [];
chunks({L, C}) -> [L | chunks(ets:select(C))].

mchunks('$end_of_table') -> [];
mchunks({L, C}) -> [L | mchunks(ets:match(C))].
