%% float_to_list/2 and float_to_binary/2 with {scientific, N} for N from 0 to 20 and the limit 249.
-module(float_scientific).
-export([main/0]).

values() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 0.5, 1.5, 2.5, -2.5, 0.05, 0.005, 0.125,
     9.5, 99.5, 999.9999, 123456.789, 1.0e-5, 1.0e-4, 0.001, 1.0e15, 1.0e16, 1.0e17, 1.0e21,
     1.0e22, 1.0e23, 123456789012345680.0, 9007199254740992.0, 9007199254740993.0,
     4.35, 2.675, 1.005, 0.1 + 0.2, 100.0, 1.0e100, 1.0e-100, 1.7976931348623157e308,
     2.2250738585072014e-308, 2.225073858507201e-308, 5.0e-324, 4.9406564584124654e-324,
     -123.456, 3.141592653589793, 2.718281828459045, 6.02214076e23, 1.602176634e-19, 7.0e-10].

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display({X, N, t(fun() -> float_to_list(X, [{scientific, N}]) end)})
     || X <- values(), N <- [0, 1, 2, 4, 6, 10, 15, 17, 20]],
    [erlang:display(t(fun() -> float_to_binary(X, [{scientific, 3}]) end)) || X <- values()],
    erlang:display(t(fun() -> length(float_to_list(0.1, [{scientific, 249}])) end)),
    ok.
