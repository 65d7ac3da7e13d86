%% Comparing numbers: integers, bignums and floats of both signs, == against =:=, exact comparison
%% of floats with bignums near them, and the orderings <, =<, >, >=.
-module(compare_numbers).
-export([main/0]).

main() ->
    Vs = [0, 0.0, -0.0, 1, 1.0, -1, -1.0, 2, 1.5, 576460752303423487, 576460752303423488,
          5.764607523034235e17, 1 bsl 64, 1.8446744073709552e19, -(1 bsl 64), 1 bsl 200,
          1.0e60, -1.0e60, 1.0e-300],
    [erlang:display({A, B, A == B, A =:= B, A /= B, A =/= B, A < B, A =< B, A > B, A >= B})
     || A <- Vs, B <- Vs],
    ok.
