%% Maps with 1 to 100,000 integer keys: size, printing order of maps:to_list (first and last
%% pairs, and a hash of the whole order), and lookups of present and absent keys.
-module(maps_large_int_keys).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    lists:foreach(
      fun(N) ->
              M = maps:from_list([{I, I * 2} || I <- lists:seq(1, N)]),
              L = maps:to_list(M),
              erlang:display({N, map_size(M), lists:sublist(L, 3), lists:last(L), erlang:phash2(L),
                              erlang:phash2(maps:keys(M)), maps:get(N, M), maps:get(N + 1, M, absent)})
      end, ?MODULE:id([1, 2, 31, 32, 33, 64, 100, 1000, 10000, 100000])),
    Big = maps:from_list([{I * 1000003 rem 999983, I} || I <- lists:seq(1, 50000)]),
    erlang:display({map_size(Big), erlang:phash2(maps:to_list(Big)), lists:sublist(maps:keys(Big), 10)}),
    Sum = maps:fold(fun(K, V, A) -> (A * 31 + K * V) rem 1000000007 end, 0, Big),
    erlang:display(Sum),
    ok.
