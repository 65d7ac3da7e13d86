%% maps:put/3, remove/2, take/2, update/3 and new/0: adding, replacing, removing present and
%% missing keys, in flat and hashed maps, shrinking back below 32 keys, and the error terms.
-module(maps_put_remove).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    M = ?MODULE:id(#{a => 1, b => 2}),
    erlang:display({maps:put(c, 3, M), maps:put(a, 0, M), maps:put(1.0, f, maps:put(1, i, M))}),
    erlang:display({maps:remove(a, M), maps:remove(z, M), maps:remove(a, maps:remove(b, M))}),
    erlang:display({maps:take(a, M), maps:take(z, M)}),
    erlang:display({maps:update(a, 9, M), t(fun() -> maps:update(z, 9, M) end)}),
    erlang:display(maps:new()),
    [erlang:display({F, t(fun() -> apply(maps, F, Args) end)})
     || {F, Args} <- [{put, [a, 1, x]}, {remove, [a, x]}, {take, [a, x]}, {update, [a, 1, x]}, {update, [a, 1, []]}]],
    Grown = lists:foldl(fun(I, Acc) -> maps:put(I, I * 2, Acc) end, #{}, lists:seq(1, 40)),
    erlang:display({map_size(Grown), maps:to_list(Grown)}),
    Shrunk = lists:foldl(fun(I, Acc) -> maps:remove(I, Acc) end, Grown, lists:seq(1, 40, 2)),
    erlang:display({map_size(Shrunk), maps:to_list(Shrunk)}),
    Shrunk2 = lists:foldl(fun(I, Acc) -> {_, A} = maps:take(I, Acc), A end, Shrunk, lists:seq(2, 30, 2)),
    erlang:display({map_size(Shrunk2), Shrunk2}),
    erlang:display(Shrunk2 =:= maps:from_list([{I, I * 2} || I <- lists:seq(32, 40, 2)])),
    ok.
