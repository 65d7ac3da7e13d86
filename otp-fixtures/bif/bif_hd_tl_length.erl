%% hd/1, tl/1 and length/1 on proper, improper, empty and long lists and on non-lists.
-module(bif_hd_tl_length).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ls = [[], [a], [a, b], [a | b], [[]], "abc", [1, 2 | 3], a, {a}, <<"ab">>, [[a] | [b]]],
    [erlang:display({L, t(fun() -> hd(L) end), t(fun() -> tl(L) end), t(fun() -> length(L) end)}) || L <- Ls],
    Long = lists:seq(1, 1000000),
    erlang:display({length(Long), hd(Long), hd(tl(tl(Long)))}),
    Improper = lists:foldl(fun(X, Acc) -> [X | Acc] end, tail, lists:seq(1, 100000)),
    erlang:display({t(fun() -> length(Improper) end), hd(Improper)}),
    erlang:display([g(L) || L <- Ls]),
    ok.

g(L) when length(L) > 1 -> long;
g(L) when hd(L) =:= a -> starts_with_a;
g(L) when tl(L) =:= [] -> single;
g(_) -> other.
