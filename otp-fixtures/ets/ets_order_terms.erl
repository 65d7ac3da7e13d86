%% tuple, list, string, float and binary keys walk in erl order
-module(ets_order_terms).
-export([main/0]).

main() ->
    T = ets:new(t, [duplicate_bag]),
    [ets:insert(T, {{I, "s", <<I:16>>}, 1}) || I <- lists:seq(1, 60)],
    [ets:insert(T, {<<I:24, "bin">>, 2}) || I <- lists:seq(1, 60)],
    [ets:insert(T, {I * 0.25, 3}) || I <- lists:seq(1, 60)],
    [ets:insert(T, {[I, I + 1], 4}) || I <- lists:seq(1, 60)],
    [ets:insert(T, {integer_to_list(I), 5}) || I <- lists:seq(1, 60)],
    [ets:insert(T, {I bsl 70, 6}) || I <- lists:seq(1, 20)],
    [ets:insert(T, {-I, 7}) || I <- lists:seq(1, 60)],
    io:format("~w~n", [ets:tab2list(T)]).
