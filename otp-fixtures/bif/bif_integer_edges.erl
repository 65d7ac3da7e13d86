%% BIFs at integer edges: abs/1 of the most negative small integer, integer_to_list of the small
%% boundaries, length and element with bignum indexes, trunc/round of floats at 2^63, and
%% list_to_integer round trips of every power of two up to 2^200.
-module(bif_integer_edges).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    MinS = -576460752303423488,
    erlang:display({abs(MinS), abs(MinS - 1), -MinS, integer_to_list(MinS), integer_to_list(-MinS)}),
    erlang:display([t(fun() -> element(I, {a, b}) end) || I <- [1 bsl 59, 1 bsl 64, -(1 bsl 64)]]),
    erlang:display([t(fun() -> trunc(F) end) || F <- [9.223372036854776e18, -9.223372036854776e18, 1.8446744073709552e19]]),
    erlang:display([t(fun() -> round(F) end) || F <- [4.611686018427388e18, -4.611686018427388e18]]),
    erlang:display(lists:all(fun(N) -> P = 1 bsl N, list_to_integer(integer_to_list(P)) =:= P andalso
                                       list_to_integer(integer_to_list(-P)) =:= -P andalso
                                       list_to_integer(integer_to_list(P, 16), 16) =:= P end, lists:seq(0, 200))),
    erlang:display([integer_to_list((1 bsl N) - 1, 16) || N <- [59, 60, 63, 64, 65]]),
    erlang:display([erlang:phash2((1 bsl N) - 1) || N <- [59, 60, 63, 64, 65]]),
    ok.
