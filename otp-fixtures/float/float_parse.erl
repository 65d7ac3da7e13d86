%% list_to_float/1 and binary_to_float/1: accepted syntax (a digit on both sides of the point,
%% optional exponent), and everything else is badarg; parsed values shown exactly.
-module(float_parse).
-export([main/0]).

t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    Strs = ["1.0", "-1.0", "+1.0", "0.1", "1.5e3", "1.5E3", "1.5e+3", "1.5e-3", "2.5e-400",
            "1.0e308", "1.0e309", "1.7976931348623157e308", "1.7976931348623159e308",
            "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
            "123456789012345678901234567890.0", "0.000000000000000000000000000001",
            "1", "1.", ".5", "1e5", "1.0e", "1.0e+", "1,0", " 1.0", "1.0 ", "0x1.0", "1_000.0",
            "1.0e1_0", "inf", "nan", "-0.0", "00001.5000", "9007199254740993.0", ""],
    [erlang:display({S, t(fun() -> list_to_float(S) end),
                     t(fun() -> binary_to_float(list_to_binary(S)) end)}) || S <- Strs],
    [erlang:display({bad, t(fun() -> list_to_float(X) end)}) || X <- [a, 1.0, [$1, a], [$1 | $2]]],
    ok.
