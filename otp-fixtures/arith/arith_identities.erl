%% Division identities checked on many operand pairs (small, big, mixed signs):
%% A =:= (A div B) * B + A rem B, sign of rem follows the dividend, |rem| < |divisor|.
-module(arith_identities).
-export([main/0]).

main() ->
    Vs = [1, -1, 2, -3, 10, -17, 1 bsl 59, -(1 bsl 59), (1 bsl 59) - 1, 1 bsl 62, -(1 bsl 63) + 5,
          1 bsl 64, (1 bsl 64) + 1, -(1 bsl 65), 16#7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF,
          -16#10000000000000000000000000000000000001, 99999999999999999999],
    [erlang:display({A, B, A div B, A rem B, check(A, B)}) || A <- Vs, B <- Vs],
    ok.

check(A, B) ->
    Q = A div B,
    R = A rem B,
    {Q * B + R =:= A, R =:= 0 orelse (R > 0) =:= (A > 0), abs(R) < abs(B)}.
