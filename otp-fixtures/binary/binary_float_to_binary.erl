%% float_to_binary/1,2 with every option: {decimals,N} (0..253), {scientific,N}, compact, short,
%% option order, and badarg for bad options and non-floats; default output is scientific with 20 digits.
-module(binary_float_to_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1.0e10, 1.0e-10, 123456.789, 5.0e-324, 1.7976931348623157e308,
          2.5, 0.5, 1.5, 1.0e15, 1.0e16, 9007199254740993.0],
    [erlang:display({F, float_to_binary(?MODULE:id(F))}) || F <- Fs],
    Opts = [[], [short], [{decimals, 0}], [{decimals, 2}], [{decimals, 2}, compact], [{decimals, 10}, compact],
            [{scientific, 0}], [{scientific, 3}], [{scientific, 20}], [compact, {decimals, 4}],
            [{decimals, 4}, {scientific, 2}], [{scientific, 2}, {decimals, 4}], [{decimals, 253}],
            [{decimals, 254}], [{scientific, 250}], [{decimals, -1}], [bogus], [{decimals, a}], compact],
    [erlang:display({F, O, t(fun() -> float_to_binary(?MODULE:id(F), ?MODULE:id(O)) end)})
     || F <- [3.14159, -0.0, 1.0e20, 0.5, 2.5, 1.0e-5], O <- Opts, O =/= [{decimals, 253}]],
    B253 = float_to_binary(?MODULE:id(1/3), [{decimals, 253}]),
    erlang:display({byte_size(B253), binary:part(B253, 0, 30)}),
    [erlang:display({R, float_to_binary(?MODULE:id(R), [{decimals, 0}])}) || R <- [0.5, 1.5, 2.5, -0.5, 0.49999999999999994]],
    [erlang:display({bad, X, t(fun() -> float_to_binary(?MODULE:id(X)) end)}) || X <- [1, a, <<"1.0">>, 1 bsl 64]],
    [erlang:display({short, F, float_to_binary(?MODULE:id(F), [short])})
     || F <- [0.1, 100.0, 1.0e22, 1.0e23, 123.456, 1.0e-7, 5.0e-324, 2.0e15, 2.0e16, -1.0e300]],
    ok.
