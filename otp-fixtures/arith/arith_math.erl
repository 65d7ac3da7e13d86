%% The math module's functions on ordinary and edge inputs; domain errors are badarith.
%% Results are shown exactly with float_to_list/2 [short].
-module(arith_math).
-export([main/0]).

t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> float_to_list(X, [short]);
exact(X) -> X.

main() ->
    Xs = [0, 1, -1, 0.5, 2, 10, 100.0, -0.0, 1.0e-300, 1.0e300, 1 bsl 80, a],
    Unary = [sqrt, exp, log, log2, log10, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh,
             asinh, acosh, atanh, erf, erfc, ceil, floor],
    [erlang:display({F, X, t(fun() -> math:F(X) end)}) || F <- Unary, X <- Xs],
    Pairs = [{2, 10}, {2, 0.5}, {-8, 1 / 3}, {0, 0}, {0, -1}, {10, 308}, {10, 309}, {-1, 0.5},
             {1.5, 2}, {2, 1024}],
    [erlang:display({pow, A, B, t(fun() -> math:pow(A, B) end)}) || {A, B} <- Pairs],
    [erlang:display({atan2, A, B, t(fun() -> math:atan2(A, B) end)}) || {A, B} <- Pairs],
    [erlang:display({fmod, A, B, t(fun() -> math:fmod(A, B) end)}) || {A, B} <- Pairs],
    erlang:display(t(fun() -> math:pi() end)),
    ok.
