%% Products and sums whose results land just below, on, or just above the small-integer limit
%% (2^59) and the machine-word limits (2^63, 2^64), in both signs: the overflow checks of the
%% multiplication and addition instructions.
-module(arith_overflow_mul).
-export([main/0]).

main() ->
    Roots = [759250124, 759250125, 1073741823, 1073741824, 2147483647, 2147483648, 3037000499,
             3037000500, 4294967295, 4294967296],
    [erlang:display({A, B, A * B, -A * B, A * -B, (A * B) div B =:= A}) || A <- Roots, B <- Roots],
    Edges = [(1 bsl 59) - 1, 1 bsl 59, (1 bsl 63) - 1, 1 bsl 63, (1 bsl 64) - 1],
    [erlang:display({E, D, E + D, E - D, -E - D, E * 2, E * -2}) || E <- Edges, D <- [-2, -1, 0, 1, 2]],
    erlang:display([X * X || X <- [16#7FFFFFFF, 16#80000000, 16#FFFFFFFF, 16#100000000, -16#80000000]]),
    ok.
