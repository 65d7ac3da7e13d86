%% Floats in the external format: NEW_FLOAT_EXT (minor_version 1, the default) and the old
%% FLOAT_EXT text form (minor_version 0), negative zero, subnormals, extremes, and decoding of
%% hand-written FLOAT_EXT strings including malformed ones and non-finite NEW_FLOAT_EXT bits.
-module(etf_floats).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Fs = ?MODULE:id([0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 1.0e300, -1.0e-300, 5.0e-324, 1.7976931348623157e308, 123456789.0]),
    [erlang:display({F, term_to_binary(F), term_to_binary(F, [{minor_version, 0}]), term_to_binary(F, [{minor_version, 1}]),
                     binary_to_term(term_to_binary(F, [{minor_version, 0}])) =:= F}) || F <- Fs],
    Pad = fun(S) -> list_to_binary([S, lists:duplicate(31 - length(S), 0)]) end,
    Strs = ["1.5", "-0.0", "1.00000000000000000000e+01", "1e3", "abc", "", "1.5garbage", " 2.5", "1.0e400", "3.25e-2"],
    [erlang:display({S, t(fun() -> binary_to_term(<<131, 99, (Pad(S))/binary>>) end)}) || S <- ?MODULE:id(Strs)],
    Bits = [16#7FF0000000000000, 16#FFF0000000000000, 16#7FF8000000000000, 16#0000000000000001, 16#8000000000000000],
    [erlang:display({B, t(fun() -> binary_to_term(<<131, 70, B:64>>) end)}) || B <- ?MODULE:id(Bits)],
    erlang:display(t(fun() -> binary_to_term(<<131, 70, 0, 0, 0>>) end)),
    erlang:display(t(fun() -> binary_to_term(<<131, 99, "1.0">>) end)),
    ok.
