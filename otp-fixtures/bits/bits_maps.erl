-module(bits_maps).
-export([main/0, id/1]).

id(X) -> X.

show(F) ->
    erlang:display(try F() catch C:R -> {C, R} end).

main() ->
    I = fun id/1,
    M = I(#{a => 1, b => 2, 3 => three}),
    show(fun() -> maps:get(a, M) end),
    show(fun() -> maps:get(z, M) end),
    show(fun() -> maps:get(a, I(notamap)) end),
    show(fun() -> maps:find(3, M) end),
    show(fun() -> maps:find(4, M) end),
    show(fun() -> maps:put(c, 9, M) end),
    show(fun() -> maps:update(a, 9, M) end),
    show(fun() -> maps:update(q, 9, M) end),
    show(fun() -> maps:remove(b, M) end),
    show(fun() -> maps:take(b, M) end),
    show(fun() -> maps:take(x, M) end),
    show(fun() -> maps:keys(M) end),
    show(fun() -> maps:values(M) end),
    show(fun() -> maps:merge(M, I(#{a => new, d => 4})) end),
    show(fun() -> maps:merge(I(x), M) end),
    show(fun() -> maps:from_list([{k, 1}, {j, 2}, {k, 3}]) end),
    show(fun() -> maps:from_list([a]) end),
    show(fun() -> maps:from_keys([1, 2, 3], v) end),
    show(fun() -> maps:is_key(a, M) end),
    show(fun() -> map_size(M) end),
    show(fun() -> map_get(b, M) end),
    show(fun() -> is_map_key(zz, M) end),
    show(fun() -> maps:to_list(M) end),
    show(fun() -> maps:size(M) end),
    Big = maps:from_list([{N, N * N} || N <- lists:seq(1, 100)]),
    show(fun() -> lists:sum(maps:values(Big)) end),
    show(fun() -> maps:fold(fun(K, V, A) -> K + V + A end, 0, Big) end),
    show(fun() -> lists:sort(maps:to_list(maps:filter(fun(K, _) -> K < 5 end, Big))) end),
    ok.
