%% maps:fold/3, map/2, filter/2, filtermap/2 and foreach/2 over small and hashed maps: the order
%% in which the fun sees the pairs, results, iterators as input, and badarg/badmap errors.
-module(maps_fold_map_filter).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    S = ?MODULE:id(#{c => 3, a => 1, b => 2}),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], S)),
    erlang:display(maps:map(fun(K, V) -> {K, V * 10} end, S)),
    erlang:display(maps:filter(fun(_, V) -> V rem 2 =:= 1 end, S)),
    erlang:display(maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 100}; (_, _) -> true end, S)),
    maps:foreach(fun(K, V) -> erlang:display({each, K, V}) end, S),
    H = maps:from_list([{I * 13 rem 97, I} || I <- lists:seq(1, 96)]),
    erlang:display(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], H)),
    erlang:display(maps:to_list(maps:map(fun(K, V) -> K + V end, H))),
    erlang:display(maps:to_list(maps:filter(fun(K, _) -> K rem 3 =:= 0 end, H))),
    erlang:display(maps:to_list(maps:filtermap(fun(K, V) when K < 50 -> {true, -V}; (_, _) -> false end, H))),
    erlang:display(maps:fold(fun(K, V, Acc) -> Acc + K * V end, 0, maps:iterator(H))),
    erlang:display(maps:filter(fun(_, _) -> true end, maps:iterator(S))),
    Bad = [{fold, [fun(_, _, A) -> A end, 0, x]}, {fold, [not_fun, 0, #{}]}, {map, [fun(_, V) -> V end, [1]]},
           {filter, [fun(_, _) -> true end, x]}, {filtermap, [fun(_, _) -> true end, 1]}, {foreach, [fun(_, _) -> ok end, x]},
           {map, [fun(V) -> V end, #{a => 1}]}, {filter, [fun(_, _) -> maybe end, #{a => 1}]}],
    [erlang:display({F, t(fun() -> apply(maps, F, Args) end)}) || {F, Args} <- Bad],
    ok.
