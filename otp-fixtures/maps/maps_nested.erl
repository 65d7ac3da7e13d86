%% Nested maps: deep literal trees, updates along a path, maps as keys of maps, maps inside
%% lists and tuples, recursive traversal that counts leaves and sums values, and deep equality.
-module(maps_nested).
-export([main/0, id/1]).

id(X) -> X.

put_in([K], V, M) -> M#{K => V};
put_in([K | Ks], V, M) -> M#{K => put_in(Ks, V, maps:get(K, M, #{}))}.

get_in([], V) -> V;
get_in([K | Ks], M) -> get_in(Ks, maps:get(K, M)).

leaves(M) when is_map(M) -> lists:sum([leaves(V) || V <- maps:values(M)]);
leaves(_) -> 1.

main() ->
    T0 = ?MODULE:id(#{}),
    T1 = put_in([a, b, c], 1, T0),
    T2 = put_in([a, b, d], 2, T1),
    T3 = put_in([a, x], 3, T2),
    T4 = put_in([z], #{#{k => v} => map_key, [#{}] => list_key}, T3),
    erlang:display({T1, T2, T3, T4}),
    erlang:display({get_in([a, b, d], T4), get_in([z, #{k => v}], T4), leaves(T4)}),
    Deep = lists:foldl(fun(I, Acc) -> #{I => Acc, depth => I} end, leaf, lists:seq(1, 500)),
    erlang:display({leaves(Deep), maps:get(depth, Deep), get_in([500, 499, 498, depth], Deep)}),
    Deep2 = lists:foldl(fun(I, Acc) -> #{I => Acc, depth => I} end, leaf, lists:seq(1, 500)),
    erlang:display({Deep =:= Deep2, Deep == put_in([500, 499, depth], 499, Deep2), erlang:phash2(Deep) =:= erlang:phash2(Deep2)}),
    Wide = maps:from_list([{I, #{sq => I * I, nested => #{I => [I]}}} || I <- lists:seq(1, 60)]),
    erlang:display({leaves(Wide), maps:get(nested, maps:get(7, Wide))}),
    Keys = #{#{a => 1} => one, #{a => 1.0} => one_float, #{} => empty},
    erlang:display({Keys, maps:get(#{a => 1}, Keys), maps:get(#{a => 1.0}, Keys), maps:find(#{b => 1}, Keys)}),
    ok.
