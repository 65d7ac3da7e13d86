%% maps:from_list/1 (duplicates: the last wins), to_list/1, keys/1, values/1, from_keys/2 and
%% size/1 for small maps and hashed maps, with the order erl produces, and badarg for bad lists.
-module(maps_from_to_list).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(maps:from_list(?MODULE:id([]))),
    erlang:display(maps:from_list(?MODULE:id([{b, 1}, {a, 2}, {b, 3}, {1, x}, {1.0, y}, {1, z}]))),
    L = [{I * 7 rem 101, I} || I <- lists:seq(1, 100)],
    M = maps:from_list(L),
    erlang:display({maps:size(M), maps:to_list(M)}),
    erlang:display({maps:keys(M), maps:values(M)}),
    erlang:display(maps:from_keys(?MODULE:id([c, b, a, b]), 0)),
    erlang:display(maps:size(maps:from_keys(lists:seq(1, 50), x))),
    erlang:display(maps:to_list(maps:from_keys([<<"k", I>> || I <- lists:seq(1, 40)], v))),
    [erlang:display({X, t(fun() -> maps:from_list(?MODULE:id(X)) end)}) || X <- [[a], [{a}], [{a, 1, 2}], [{a, 1} | b], x]],
    [erlang:display({X, t(fun() -> maps:from_keys(?MODULE:id(X), v) end)}) || X <- [[a | b], x]],
    [erlang:display({X, t(fun() -> maps:to_list(?MODULE:id(X)) end), t(fun() -> maps:keys(?MODULE:id(X)) end),
                     t(fun() -> maps:values(?MODULE:id(X)) end), t(fun() -> maps:size(?MODULE:id(X)) end)}) || X <- [[], a]],
    ok.
