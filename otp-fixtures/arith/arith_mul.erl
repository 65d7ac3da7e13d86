%% Multiplication across small integers, bignums and floats: signs, zero, overflow into bignums,
%% bignum x bignum, float overflow to badarith.
-module(arith_mul).
-export([main/0]).

values() ->
    [0, 1, -1, 3, -3, 1073741824, 1152921504606846975, -1152921504606846976,
     576460752303423487, 576460752303423488, 4294967296, -4294967296, 1 bsl 100,
     -(1 bsl 100) + 7, 0.0, -0.0, 2.5, -1.0e-10, 1.0e200, foo, "x"].

%% Floats are shown exactly (shortest round-trip form) as well as by erlang:display/1.
t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    Vs = values(),
    [erlang:display({A, '*', B, t(fun() -> A * B end)}) || A <- Vs, B <- Vs],
    erlang:display(t(fun() -> square_chain(3, 12) end)),
    erlang:display(t(fun() -> square_chain(-7, 9) end)),
    ok.

square_chain(X, 0) -> X;
square_chain(X, N) -> square_chain(X * X, N - 1).
