%% Addition and subtraction across small integers, bignums and floats, including the boundaries
%% where small integers overflow into bignums and back, and badarith for non-numbers.
-module(arith_add).
-export([main/0]).

values() ->
    [0, 1, -1, 7, -7, 576460752303423487, -576460752303423488, 576460752303423488,
     -576460752303423489, 1 bsl 64, -(1 bsl 64), (1 bsl 64) - 1, 1 bsl 200,
     0.0, 1.5, -2.25, 1.0e300, a, [], {}].

%% Floats are shown exactly (shortest round-trip form) as well as by erlang:display/1.
t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    Vs = values(),
    [erlang:display({A, '+', B, t(fun() -> A + B end)}) || A <- Vs, B <- Vs],
    [erlang:display({A, '-', B, t(fun() -> A - B end)}) || A <- Vs, B <- Vs],
    [erlang:display({'-', A, t(fun() -> -A end)}) || A <- Vs],
    [erlang:display({'+', A, t(fun() -> +A end)}) || A <- Vs],
    ok.
