%% maps:get/2,3, maps:find/2, maps:is_key/2 and map_get/2: present and missing keys, 1 against
%% 1.0, keys in small and large maps, and the errors {badkey,K} and {badmap,M}.
-module(maps_get_find).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Small = ?MODULE:id(#{a => 1, 1 => int, 2.0 => float, "k" => str, {x} => tup}),
    Big = ?MODULE:id(maps:from_list([{I, -I} || I <- lists:seq(1, 100)] ++ [{float(I), I} || I <- lists:seq(1, 10)])),
    Keys = [a, b, 1, 1.0, 2, 2.0, "k", {x}, {y}, 50, 50.0, 5.0, 100, 101],
    [erlang:display({K, t(fun() -> maps:get(K, Small) end), maps:get(K, Small, dflt), maps:find(K, Small),
                     maps:is_key(K, Small), t(fun() -> map_get(K, Small) end)}) || K <- Keys],
    [erlang:display({K, t(fun() -> maps:get(K, Big) end), maps:get(K, Big, dflt), maps:find(K, Big), maps:is_key(K, Big)})
     || K <- Keys],
    NotMaps = [[], {}, a, <<>>, [{a, 1}]],
    [erlang:display({X, t(fun() -> maps:get(a, X) end), t(fun() -> maps:get(a, X, d) end), t(fun() -> maps:find(a, X) end),
                     t(fun() -> maps:is_key(a, X) end), t(fun() -> map_get(a, X) end)}) || X <- ?MODULE:id(NotMaps)],
    ok.
