%% Map literals and their printed form: empty maps, every key type, duplicate keys in a literal
%% (the last wins), keys built from variables, nested literal maps, and key order in printing
%% for small maps (term order of keys).
-module(maps_literals).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    erlang:display(#{}),
    erlang:display(#{a => 1}),
    erlang:display(#{b => 2, a => 1, c => 3}),
    erlang:display(#{1 => int, 1.0 => float, a => atom, "s" => string, <<"b">> => binary, {t} => tuple, [] => nil,
                     [1] => list, #{} => map, -1 => neg, 1 bsl 70 => big}),
    K = ?MODULE:id(key),
    V = ?MODULE:id(value),
    erlang:display(#{K => V, {K, V} => [K], V => K}),
    erlang:display(#{?MODULE:id(a) => 1, ?MODULE:id(a) => 2}),
    erlang:display(#{outer => #{inner => #{deepest => []}}, other => #{}}),
    erlang:display([#{x => I} || I <- ?MODULE:id([1, 2, 3])]),
    erlang:display(#{<<"é"/utf8>> => 'é', 'Ω' => <<"Ω"/utf8>>}),
    erlang:display(map_size(#{a => 1, b => 2, ?MODULE:id(c) => 3, ?MODULE:id(a) => 4})),
    erlang:display(#{0 => a, -0.0 => b, 0.0 => c}),
    ok.
