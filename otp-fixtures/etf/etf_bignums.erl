%% Bignums in the external format: SMALL_BIG_EXT up to 255 bytes and LARGE_BIG_EXT beyond,
%% signs, byte order (little-endian digits), round trips of huge values, and trailing zero digits.
-module(etf_bignums).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ns = ?MODULE:id([1 bsl 64, 1 bsl 64 + 1, -(1 bsl 64) - 1, 12345678901234567890123, -98765432109876543210,
                     1 bsl 2039, 1 bsl 2040 - 1, 1 bsl 2040, -(1 bsl 2040)]),
    [begin
         B = term_to_binary(N),
         <<131, Tag, _/binary>> = B,
         erlang:display({Tag, byte_size(B), erlang:crc32(B), binary:part(B, 0, min(12, byte_size(B))), binary_to_term(B) =:= N})
     end || N <- Ns],
    Huge = ?MODULE:id(7) * (1 bsl 100000) - 3,
    HB = term_to_binary(Huge),
    erlang:display({byte_size(HB), binary:part(HB, 0, 6), erlang:crc32(HB), binary_to_term(HB) =:= Huge}),
    Neg = -Huge,
    NB = term_to_binary(Neg),
    erlang:display({binary:part(NB, 0, 7), binary_to_term(NB) =:= Neg}),
    erlang:display(binary_to_term(<<131, 111, 0, 0, 0, 3, 0, 1, 0, 0>>)),
    erlang:display(binary_to_term(<<131, 110, 12, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0>>)),
    ok.
