%% Float division `/`: integers give floats, division by zero (integer or float) is badarith,
%% bignums are converted, results that overflow are badarith.
-module(arith_fdiv).
-export([main/0]).

values() ->
    [0, 1, -1, 3, -7, 10, 0.0, -0.0, 0.5, -3.0, 1.0e-320, 1.0e308, 1 bsl 70, -(1 bsl 90),
     1 bsl 1023, z].

%% Floats are shown exactly (shortest round-trip form) as well as by erlang:display/1.
t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    Vs = values(),
    [erlang:display({A, '/', B, t(fun() -> A / B end)}) || A <- Vs, B <- Vs],
    ok.
