%% maps:with/2 and maps:without/2: key lists with missing keys, duplicates, 1 against 1.0, large
%% maps, and errors for non-maps and improper key lists.
-module(maps_with_without).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    M = ?MODULE:id(#{a => 1, b => 2, c => 3, 1 => int, 1.0 => float}),
    Ks = [[], [a], [a, a], [z], [a, z, c], [1], [1.0], [1, 1.0, b]],
    [erlang:display({K, maps:with(K, M), maps:without(K, M)}) || K <- ?MODULE:id(Ks)],
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 100)]),
    erlang:display(maps:with(lists:seq(10, 200, 10), Big)),
    erlang:display(map_size(maps:without(lists:seq(1, 100, 3), Big))),
    erlang:display(maps:to_list(maps:without(lists:seq(1, 95), Big))),
    [erlang:display({F, t(fun() -> apply(maps, F, ?MODULE:id(Args)) end)})
     || {F, Args} <- [{with, [[a], x]}, {without, [[a], x]}, {with, [a, M]}, {without, [b, M]}, {with, [[a | b], M]},
                      {without, [[a | b], M]}]],
    ok.
