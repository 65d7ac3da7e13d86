%% setelement/3 returns a new tuple and leaves the original unchanged; out-of-range positions and
%% non-tuples are badarg; repeated updates in a loop.
-module(bif_setelement).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    T = {a, b, c},
    [erlang:display({I, t(fun() -> setelement(I, T, new) end), T}) || I <- [0, 1, 2, 3, 4, -1, 1.0, 1 bsl 70]],
    erlang:display(t(fun() -> setelement(1, [a], x) end)),
    erlang:display(t(fun() -> setelement(1, {}, x) end)),
    Counted = lists:foldl(fun(I, Acc) -> setelement(I rem 10 + 1, Acc, element(I rem 10 + 1, Acc) + I) end,
                          erlang:make_tuple(10, 0), lists:seq(1, 10000)),
    erlang:display(Counted),
    Nested = {{1, 2}, {3, 4}},
    Updated = setelement(2, Nested, setelement(1, element(2, Nested), changed)),
    erlang:display({Nested, Updated}),
    ok.
