%% Addition and subtraction across small integers, bignums and floats, including the boundaries
%% where small integers overflow into bignums and back, and badarith for non-numbers.
-module(arith_add).
-export([main/0]).

values() ->
    [0, 1, -1, 7, -7, 576460752303423487, -576460752303423488, 576460752303423488,
     -576460752303423489, 1 bsl 64, -(1 bsl 64), (1 bsl 64) - 1, 1 bsl 200,
     0.0, 1.5, -2.25, 1.0e300, a, [], {}].

main() ->
    Vs = values(),
    [erlang:display({A, '+', B, catch A + B}) || A <- Vs, B <- Vs],
    [erlang:display({A, '-', B, catch A - B}) || A <- Vs, B <- Vs],
    [erlang:display({'-', A, catch -A}) || A <- Vs],
    [erlang:display({'+', A, catch +A}) || A <- Vs],
    ok.
