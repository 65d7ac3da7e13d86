%% Map guards: is_map, map_size, is_map_key, map_get in guards, guard failure on non-maps
%% (the clause is skipped), and combinations with orelse/andalso.
-module(maps_guards).
-export([main/0, id/1]).

id(X) -> X.

g(M) when is_map(M), map_size(M) =:= 0 -> empty;
g(M) when is_map_key(id, M), map_get(id, M) > 100 -> big_id;
g(M) when is_map_key(id, M) -> has_id;
g(M) when map_size(M) > 3 -> large;
g(M) when is_map(M) -> small;
g(_) -> not_map.

h(X) when map_get(k, X) =:= 1; map_size(X) > 1 -> yes;
h(_) -> no.

main() ->
    Xs = ?MODULE:id([#{}, #{id => 500}, #{id => 1}, #{a => 1, b => 2, c => 3, d => 4}, #{a => 1}, [], {}, <<>>, 7]),
    erlang:display([g(X) || X <- Xs]),
    erlang:display([h(X) || X <- ?MODULE:id([#{k => 1}, #{k => 2}, #{a => 1, b => 2}, #{}, not_a_map, #{k => 1.0}])]),
    erlang:display([is_map_key(K, ?MODULE:id(#{1 => a, b => c})) || K <- [1, 1.0, b, c]]),
    erlang:display([X || X <- Xs, is_map(X) andalso map_size(X) >= 1]),
    ok.
