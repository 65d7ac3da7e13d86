%% Results of float operations shown exactly (shortest round-trip digits): rounding of sums and
%% products, catastrophic cancellation, integer-to-float conversion inside mixed operations, and
%% repeated accumulation.
-module(arith_float_exact).
-export([main/0]).

x(F) -> float_to_list(F, [short]).

%% One operation, shown exactly, or the exception it raised (overflow is badarith).
t(F) -> try x(F()) catch C:R -> {C, R} end.

main() ->
    Xs = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1.0e-16, 1.0e16, 123456.789, -7.25, 3.0e-300, 1.5e300],
    [erlang:display({x(A), x(B), t(fun() -> A + B end), t(fun() -> A - B end), t(fun() -> A * B end),
                     t(fun() -> A / B end)}) || A <- Xs, B <- Xs],
    erlang:display([x(N * 0.1) || N <- lists:seq(1, 20)]),
    erlang:display([x(N / 10) || N <- lists:seq(1, 20)]),
    erlang:display(x(lists:foldl(fun(_, S) -> S + 0.01 end, 0.0, lists:seq(1, 1000)))),
    erlang:display([x(1.0e15 + N) || N <- [0.1, 0.5, 1, 1 bsl 40]]),
    erlang:display([x((1 bsl 53) + F) || F <- [0.0, 1.0, 2.0, 3.0]]),
    erlang:display(x((1.0e16 + 1.0) - 1.0e16)),
    ok.
