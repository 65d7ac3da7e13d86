%% Float segments of 16, 32 and 64 bits in both endiannesses: exact bytes for ordinary values,
%% rounding to half and single precision, integers given to float segments, overflow (badarg)
%% and illegal sizes.
-module(bitsyntax_float_construct).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Fs = ?MODULE:id([0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1, 3.141592653589793, 65504.0, 65505.0, 65520.0, 1.0e-5,
                     6.0e-8, 1.0e-8, 3.4028234663852886e38, 3.5e38, 1.0e-45, 1.0e-40, 1.7976931348623157e308,
                     5.0e-324, 1, -7, 1 bsl 64, 1 bsl 128, 1 bsl 1024]),
    [erlang:display({F, t(fun() -> <<F:16/float>> end), t(fun() -> <<F:32/float>> end),
                     t(fun() -> <<F:64/float>> end), t(fun() -> <<F:32/float-little>> end),
                     t(fun() -> <<F:16/float-little>> end)}) || F <- Fs],
    [erlang:display({S, t(fun() -> <<(?MODULE:id(1.0)):S/float>> end)}) || S <- ?MODULE:id([0, 8, 15, 24, 48, 63, 65, 128])],
    [erlang:display({bad, X, t(fun() -> <<X/float>> end)}) || X <- ?MODULE:id([a, <<1>>, "1.0", {1.0}])],
    N = ?MODULE:id(4),
    erlang:display({<<(?MODULE:id(2.5)):N/float-unit:16>>, <<(?MODULE:id(2.5)):N/float-unit:8>>}),
    erlang:display(<<(?MODULE:id(1.0))/float-native>> =:= <<(?MODULE:id(1.0))/float-little>>),
    ok.
