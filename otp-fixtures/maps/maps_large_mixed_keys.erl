%% Large maps whose keys mix integers, bignums, floats, binaries, strings, tuples and lists (no
%% atoms, so the order is fixed): to_list order, lookups across types, and the same map built in a
%% different insertion order.
-module(maps_large_mixed_keys).
-export([main/0, id/1]).

id(X) -> X.

key(I) ->
    case I rem 7 of
        0 -> I;
        1 -> I + (1 bsl 64);
        2 -> I / 4;
        3 -> integer_to_binary(I);
        4 -> integer_to_list(I);
        5 -> {I, I rem 3};
        6 -> [I, [I]]
    end.

main() ->
    lists:foreach(
      fun(N) ->
              Ks = [key(I) || I <- lists:seq(1, N)],
              M = maps:from_list([{K, I} || {K, I} <- lists:zip(Ks, lists:seq(1, N))]),
              Rev = maps:from_list(lists:reverse([{K, I} || {K, I} <- lists:zip(Ks, lists:seq(1, N))])),
              L = maps:to_list(M),
              erlang:display({N, map_size(M), M =:= Rev, maps:to_list(Rev) =:= L, lists:sublist(L, 4),
                              erlang:phash2(L), lists:last(L)})
      end, ?MODULE:id([33, 100, 1000, 20000])),
    M = maps:from_list([{key(I), I} || I <- lists:seq(1, 5000)]),
    erlang:display([maps:get(K, M, none) || K <- [1, 7, 7.0, 1.75, 1.0 + 0.75, <<"10">>, "11", {12, 0}, [13, [13]], 1 bsl 64 + 8, 14, 14.0]]),
    ok.
