%% binary_part/2,3 and erlang:binary_part with edge offsets, negative lengths (counting backwards),
%% out-of-range parts, bitstrings and non-binaries: all badarg cases as erl reports them.
-module(binary_part).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"0123456789">>),
    Cases = [{0, 0}, {0, 10}, {10, 0}, {10, -10}, {5, -5}, {5, 5}, {5, -6}, {0, -1}, {11, 0}, {-1, 1},
             {3, 2}, {9, 1}, {9, 2}, {10, 1}, {2, -2}, {1 bsl 60, 0}, {0, 1 bsl 60}, {a, 1}, {1, b},
             {1.0, 1}, {0, 11}, {4, -4}],
    [erlang:display({S, L, t(fun() -> binary_part(B, S, L) end)}) || {S, L} <- Cases],
    [erlang:display({tuple, P, t(fun() -> binary_part(B, P) end)})
     || P <- [{0, 3}, {7, -3}, {2, 8}, {2, 9}, {0}, {0, 1, 2}, [0, 1], x]],
    Bits = ?MODULE:id(<<1, 2, 3:4>>),
    [erlang:display({bits, S, L, t(fun() -> binary_part(Bits, S, L) end)})
     || {S, L} <- [{0, 1}, {0, 2}, {1, 1}, {2, 0}, {2, -1}, {0, 3}]],
    [erlang:display({nonbin, t(fun() -> binary_part(?MODULE:id(X), 0, 0) end)}) || X <- [a, "ab", 1, []]],
    Big = binary:copy(<<"abcdefgh">>, 2000),
    P1 = binary_part(Big, 15990, 10),
    erlang:display(P1),
    erlang:display(binary_part(P1, 3, -3)),
    erlang:display(binary_part(binary_part(Big, 100, 200), 190, 10)),
    G = fun(X) when binary_part(X, 0, 2) =:= <<"ab">> -> ab; (_) -> no end,
    [erlang:display({guard, G(X)}) || X <- [<<"abc">>, <<"a">>, <<"ba">>, 17, <<"ab">>]],
    G2 = fun(X, N) when binary_part(X, {byte_size(X), -N}) =:= <<"xy">> -> tail; (_, _) -> no end,
    [erlang:display({guard2, G2(X, N)}) || {X, N} <- [{<<"abxy">>, 2}, {<<"xy">>, 2}, {<<"y">>, 2}, {<<"xyz">>, 2}]],
    ok.
