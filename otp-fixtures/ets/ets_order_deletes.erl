%% the order after deletes, under safe_fixtable and after it, matches erl
-module(ets_order_deletes).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I}) || I <- lists:seq(1, 3000)],
    ets:safe_fixtable(T, true),
    [ets:delete(T, I) || I <- lists:seq(1, 3000, 2)],
    [ets:insert(T, {I}) || I <- lists:seq(5000, 5400)],
    L1 = [K || {K} <- ets:tab2list(T)],
    ets:safe_fixtable(T, false),
    [ets:delete(T, I) || I <- lists:seq(2, 3000, 4)],
    ets:insert(T, {9999}),
    L2 = [K || {K} <- ets:tab2list(T)],
    io:format("~w ~w~n~w ~w~n", [erlang:phash2(L1), lists:sublist(L1, 20), erlang:phash2(L2), lists:sublist(L2, 20)]).
