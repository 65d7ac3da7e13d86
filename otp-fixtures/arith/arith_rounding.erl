%% abs, trunc, round, ceil and floor on integers, bignums and floats (halves, negatives, huge
%% floats that become bignums); non-numbers are badarg.
-module(arith_rounding).
-export([main/0]).

values() ->
    [0, 5, -5, 1 bsl 80, -(1 bsl 80), 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
     1.0e15 + 0.5, 4503599627370495.5, 1.0e20, -1.0e20, 1.2345e300, 3.9999999, -3.0000001, a].

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display({X, t(fun() -> abs(X) end), t(fun() -> trunc(X) end), t(fun() -> round(X) end),
                     t(fun() -> ceil(X) end), t(fun() -> floor(X) end)}) || X <- values()],
    ok.
