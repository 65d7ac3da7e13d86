%% Unary minus, unary plus and bnot on every kind of number and on non-numbers; double negation
%% returns to the original value, including at the bignum boundary.
-module(arith_unary).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Vs = [0, 1, -1, 576460752303423487, -576460752303423488, 576460752303423488,
          1 bsl 64, -(1 bsl 64), 0.0, -0.0, 1.5, foo, {1}, [1], "abc"],
    [erlang:display({X, t(fun() -> -X end), t(fun() -> +X end), t(fun() -> bnot X end),
                     t(fun() -> -(-X) =:= X end), t(fun() -> bnot (bnot X) =:= X end)})
     || X <- Vs],
    ok.
