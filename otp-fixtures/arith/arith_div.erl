%% Integer division `div` and `rem`: every sign combination, small and big operands, division by
%% zero, and non-integer operands (floats are badarith for div/rem).
-module(arith_div).
-export([main/0]).

values() ->
    [0, 1, -1, 2, -2, 7, -7, 13, -13, 576460752303423487, -576460752303423488,
     576460752303423488, 1 bsl 64, -(1 bsl 64), (1 bsl 130) + 12345, -(1 bsl 130) - 999,
     3.0, a].

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Vs = values(),
    [erlang:display({A, 'div', B, t(fun() -> A div B end), 'rem', t(fun() -> A rem B end)})
     || A <- Vs, B <- Vs],
    ok.
