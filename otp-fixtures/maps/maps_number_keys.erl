%% Integer and float keys are distinct map keys (1 and 1.0, 0 and 0.0, bignums and their float
%% values): literals, from_list, put, get, remove and matching, and the printed key order, where
%% integers come before floats of the same value.
-module(maps_number_keys).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ks = ?MODULE:id([1, 1.0, 0, 0.0, -0.0, 2, 2.0, 1 bsl 64, float(1 bsl 64), -1, -1.0, 1.5, 1 bsl 53, float(1 bsl 53)]),
    M = maps:from_list([{K, I} || {K, I} <- lists:zip(Ks, lists:seq(1, length(Ks)))]),
    erlang:display(M),
    erlang:display(map_size(M)),
    erlang:display(maps:keys(M)),
    erlang:display([{K, maps:get(K, M, none)} || K <- [1, 1.0, 0, 0.0, -0.0, 18446744073709551616, 1.8446744073709552e19, 3, 3.0]]),
    erlang:display(maps:remove(1, M) =:= maps:remove(1.0, M)),
    erlang:display({maps:remove(0, M), maps:remove(-0.0, M)}),
    Big = maps:from_list([{I, int} || I <- lists:seq(1, 20)] ++ [{float(I), float} || I <- lists:seq(1, 20)]),
    erlang:display({map_size(Big), maps:get(7, Big), maps:get(7.0, Big), lists:sublist(maps:to_list(Big), 6)}),
    erlang:display(lists:sort(maps:keys(Big)) =:= lists:sort([I || I <- lists:seq(1, 20)] ++ [float(I) || I <- lists:seq(1, 20)])),
    F = fun(#{1 := V}) -> {int, V}; (#{1.0 := V}) -> {float, V}; (_) -> neither end,
    erlang:display([F(?MODULE:id(X)) || X <- [#{1 => a}, #{1.0 => b}, #{1 => c, 1.0 => d}, #{2 => e}]]),
    ok.
