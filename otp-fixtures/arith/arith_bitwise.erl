%% band, bor, bxor and bnot on small integers, negative numbers (two's complement semantics) and
%% bignums of both signs; floats and atoms are badarith.
-module(arith_bitwise).
-export([main/0]).

values() ->
    [0, 1, -1, 5, -6, 255, -256, 16#0FFFFFFFFFFFFFFF, -16#1000000000000000,
     16#FFFFFFFFFFFFFFFF, 1 bsl 64, -(1 bsl 64), (1 bsl 127) - 1, -(1 bsl 127) + 3,
     16#123456789ABCDEF0123456789, 1.0, x].

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Vs = values(),
    [erlang:display({A, B, t(fun() -> A band B end), t(fun() -> A bor B end),
                     t(fun() -> A bxor B end)}) || A <- Vs, B <- Vs],
    [erlang:display({'bnot', A, t(fun() -> bnot A end)}) || A <- Vs],
    ok.
