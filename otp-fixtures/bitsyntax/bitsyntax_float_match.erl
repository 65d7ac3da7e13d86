%% Matching float segments of 16, 32 and 64 bits: ordinary values, subnormals, half-precision
%% edge values, and the bit patterns of infinities and NaNs, which do not match a float segment.
-module(bitsyntax_float_match).
-export([main/0, id/1]).

id(X) -> X.

m16(B) -> case B of <<F:16/float>> -> F; _ -> nomatch end.
m32(B) -> case B of <<F:32/float>> -> F; _ -> nomatch end.
m64(B) -> case B of <<F:64/float>> -> F; _ -> nomatch end.
m32l(B) -> case B of <<F:32/float-little>> -> F; _ -> nomatch end.

main() ->
    H = ?MODULE:id([<<0, 0>>, <<128, 0>>, <<16#3C, 0>>, <<16#7B, 16#FF>>, <<16#7C, 0>>, <<16#FC, 0>>, <<16#7E, 0>>,
                    <<0, 1>>, <<16#03, 16#FF>>, <<16#04, 0>>, <<16#35, 16#55>>, <<16#C0, 0>>]),
    [erlang:display({B, m16(B)}) || B <- H],
    S = ?MODULE:id([<<0, 0, 0, 0>>, <<16#3F, 16#80, 0, 0>>, <<16#7F, 16#7F, 16#FF, 16#FF>>, <<16#7F, 16#80, 0, 0>>,
                    <<16#FF, 16#80, 0, 0>>, <<16#7F, 16#C0, 0, 0>>, <<16#7F, 16#80, 0, 1>>, <<0, 0, 0, 1>>,
                    <<16#80, 0, 0, 1>>, <<16#3E, 16#AA, 16#AA, 16#AB>>]),
    [erlang:display({B, m32(B), m32l(B)}) || B <- S],
    D = ?MODULE:id([<<0:64>>, <<16#3FF0000000000000:64>>, <<16#7FEFFFFFFFFFFFFF:64>>, <<16#7FF0000000000000:64>>,
                    <<16#FFF0000000000000:64>>, <<16#7FF8000000000000:64>>, <<16#7FF0000000000001:64>>, <<1:64>>,
                    <<16#8000000000000001:64>>, <<16#000FFFFFFFFFFFFF:64>>, <<16#4009_21FB_5444_2D18:64>>]),
    [erlang:display({B, m64(B)}) || B <- D],
    erlang:display([F || <<F:32/float>> <= ?MODULE:id(<<16#3F800000:32, 16#7F800000:32, 16#40000000:32>>)]),
    erlang:display([X || <<X:16/float>> <= ?MODULE:id(<<16#3C00:16, 16#4000:16, 16#4200:16, 16#7C00:16, 16#C400:16>>)]),
    erlang:display(try <<_:64/float>> = ?MODULE:id(<<16#7FF8000000000000:64>>), matched catch error:{badmatch, V} -> {badmatch, V} end),
    RT = [begin <<X:64/float>> = <<F:64/float>>, X =:= F end || F <- [1.0e-310, -2.5e300, 0.1, 1/3]],
    erlang:display(RT),
    RT32 = [begin <<X:32/float>> = <<F:32/float>>, X end || F <- ?MODULE:id([0.1, 1/3, 1.0e-40, 16777217.0])],
    erlang:display(RT32),
    ok.
