%% maps:merge/2, merge_with/3, intersect/2 and intersect_with/3: which value wins, the order the
%% combiner sees its arguments, small with large maps in both positions, 1 against 1.0 keys, and
%% {badmap,_} / badarg errors.
-module(maps_merge).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    A = ?MODULE:id(#{a => 1, b => 2, 1 => one}),
    B = ?MODULE:id(#{b => 20, c => 30, 1.0 => float_one}),
    erlang:display({maps:merge(A, B), maps:merge(B, A), maps:merge(A, #{}), maps:merge(#{}, A)}),
    erlang:display(maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, A, B)),
    erlang:display(maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, B, A)),
    erlang:display({maps:intersect(A, B), maps:intersect(B, A), maps:intersect(A, #{a => x, 1.0 => y})}),
    erlang:display(maps:intersect_with(fun(K, V1, V2) -> [K, V1, V2] end, A, #{a => x, b => y, z => z})),
    Big1 = maps:from_list([{I, {l, I}} || I <- lists:seq(1, 60)]),
    Big2 = maps:from_list([{I, {r, I}} || I <- lists:seq(40, 100, 2)]),
    M1 = maps:merge(Big1, Big2),
    erlang:display({map_size(M1), maps:get(40, M1), maps:get(41, M1), maps:get(100, M1)}),
    M2 = maps:merge_with(fun(K, {l, X}, {r, Y}) -> K + X + Y end, Big1, Big2),
    erlang:display({map_size(M2), maps:get(40, M2), maps:get(60, M2), maps:get(61, M1, none)}),
    M3 = maps:intersect_with(fun(_, {l, X}, {r, Y}) -> X * Y end, Big1, Big2),
    erlang:display(lists:sort(maps:to_list(M3))),
    erlang:display(maps:merge(#{x => 1}, Big2) =:= maps:put(x, 1, Big2)),
    erlang:display(maps:to_list(maps:intersect(Big2, #{42 => a, 43 => b, 44.0 => c}))),
    Bad = [{merge, [a, #{}]}, {merge, [#{}, b]}, {merge_with, [fun(_, X, _) -> X end, a, #{}]},
           {merge_with, [not_fun, #{}, #{}]}, {intersect, [#{}, []]}, {intersect_with, [fun(_, X, _) -> X end, #{}, c]},
           {intersect_with, [fun(X) -> X end, #{a => 1}, #{a => 2}]}],
    [erlang:display({F, t(fun() -> apply(maps, F, Args) end)}) || {F, Args} <- Bad],
    ok.
