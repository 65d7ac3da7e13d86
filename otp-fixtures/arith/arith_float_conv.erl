%% float/1 of integers and bignums (rounding to nearest, ties to even at 2^53 and beyond, too large
%% for a float is badarg), and mixed integer/float arithmetic that converts bignums.
-module(arith_float_conv).
-export([main/0]).

t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    P53 = 1 bsl 53,
    Ints = [0, 1, -1, P53 - 1, P53, P53 + 1, P53 + 2, P53 + 3, -(P53 + 1), (1 bsl 60) + 1,
            (1 bsl 64) - 1, (1 bsl 64) + (1 bsl 11), (1 bsl 64) + (1 bsl 11) + 1,
            (1 bsl 1023), (1 bsl 1024) - (1 bsl 970), (1 bsl 1024) - (1 bsl 971), 1 bsl 1024,
            -(1 bsl 1024), 123456789012345678901234567890],
    [erlang:display({I, t(fun() -> float(I) end)}) || I <- Ints],
    [erlang:display({I, '+', 0.5, t(fun() -> I + 0.5 end)}) || I <- Ints],
    [erlang:display({I, '*', 1.0, t(fun() -> I * 1.0 end)}) || I <- Ints],
    [erlang:display({I, '/', 3, t(fun() -> I / 3 end)}) || I <- Ints],
    erlang:display(t(fun() -> float(a) end)),
    erlang:display(t(fun() -> float("1.0") end)),
    erlang:display(t(fun() -> float(2.5) end)),
    ok.
