%% Binaries and bitstrings in the external format: BINARY_EXT, BIT_BINARY_EXT with the count of
%% used bits in the last byte, sub-binaries and unaligned bitstrings encoded by content, and
%% decoding of hand-written BIT_BINARY_EXT with unused bits set or a zero bit count.
-module(etf_binaries).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bs = ?MODULE:id([<<>>, <<0>>, <<"abc">>, <<1:1>>, <<255:7>>, <<1, 2, 3:3>>, <<0:9>>, binary:copy(<<"q">>, 64),
                     binary:copy(<<"q">>, 65)]),
    [erlang:display({term_to_binary(B), binary_to_term(term_to_binary(B)) =:= B}) || B <- Bs],
    Big = binary:copy(<<"0123456789">>, 10000),
    <<_:3, Unaligned:80/bits, _/bits>> = Big,
    Sub = binary:part(Big, 12345, 20),
    erlang:display({term_to_binary(Unaligned), term_to_binary(Sub), term_to_binary({Sub, Sub})}),
    BB = term_to_binary(Big),
    erlang:display({byte_size(BB), binary:part(BB, 0, 8), binary_to_term(BB) =:= Big}),
    Hand = [<<131, 77, 0, 0, 0, 1, 3, 255>>, <<131, 77, 0, 0, 0, 1, 8, 255>>, <<131, 77, 0, 0, 0, 1, 0, 255>>,
            <<131, 77, 0, 0, 0, 0, 0>>, <<131, 77, 0, 0, 0, 0, 3>>, <<131, 77, 0, 0, 0, 1, 9, 1>>, <<131, 77, 0, 0, 0, 2, 1, 1>>,
            <<131, 109, 0, 0, 0, 0>>, <<131, 109, 0, 0, 0, 3, 1, 2>>, <<131, 109, 255, 255, 255, 255, 1>>],
    [erlang:display({H, t(fun() -> binary_to_term(H) end)}) || H <- ?MODULE:id(Hand)],
    ok.
