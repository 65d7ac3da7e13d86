%% Floats mixed with integers: equality and ordering against integers and bignums close to the
%% float's value (exact comparison), trunc/round of large floats, and float(X) == X.
-module(float_compare_mix).
-export([main/0]).

main() ->
    P = 1 bsl 53,
    Pairs = [{1.0, 1}, {9007199254740992.0, P}, {9007199254740992.0, P + 1},
             {9007199254740992.0, P - 1}, {1.0e20, 100000000000000000000},
             {1.0e20, 100000000000000000001}, {1.0e300, 1 bsl 996}, {-0.0, 0}, {0.5, 0},
             {1.8446744073709552e19, 1 bsl 64}, {1.8446744073709552e19, (1 bsl 64) + 1},
             {-1.8446744073709552e19, -(1 bsl 64)}, {1.0e308, 1 bsl 1030}],
    [erlang:display({F, I, F == I, F =:= I, F < I, F > I, I < F, F =< I, F >= I}) || {F, I} <- Pairs],
    [erlang:display({X, float(X) == X, float(X) =:= X, trunc(float(X)) =:= X})
     || X <- [0, 1, P, P + 1, 1 bsl 64, (1 bsl 64) + 1, -(1 bsl 80) - 1]],
    ok.
