%% Table-driven CRC-32 and CRC-16/CCITT and bitwise CRC-8 computed with the bit syntax over
%% generated data, checked against erlang:crc32 and against each other in reflected and
%% non-reflected forms, with the table itself stored in a binary of 32-bit words.
-module(bitsyntax_crc_table).
-export([main/0]).

crc32_table() ->
    << <<(lists:foldl(fun(_, C) -> case C band 1 of 1 -> (C bsr 1) bxor 16#EDB88320; 0 -> C bsr 1 end end, N, lists:seq(1, 8))):32>>
       || N <- lists:seq(0, 255) >>.

crc32(Table, Bin) -> crc32(Table, Bin, 16#FFFFFFFF) bxor 16#FFFFFFFF.
crc32(_, <<>>, C) -> C;
crc32(Table, <<B, R/binary>>, C) ->
    Idx = (C bxor B) band 255,
    <<_:Idx/binary-unit:32, T:32, _/binary>> = Table,
    crc32(Table, R, (C bsr 8) bxor T).

crc16(Bin) -> crc16(Bin, 16#FFFF).
crc16(<<>>, C) -> C;
crc16(<<B, R/binary>>, C) ->
    C1 = lists:foldl(fun(_, X) -> case X band 16#8000 of 0 -> (X bsl 1) band 16#FFFF; _ -> ((X bsl 1) bxor 16#1021) band 16#FFFF end end,
                     C bxor (B bsl 8), lists:seq(1, 8)),
    crc16(R, C1).

crc8(Bin) -> crc8_bits(<<Bin/binary, 0:8>>, 0).
crc8_bits(<<>>, C) -> C;
crc8_bits(<<Bit:1, R/bits>>, C) ->
    Shifted = ((C bsl 1) bor Bit),
    case Shifted band 16#100 of 0 -> crc8_bits(R, Shifted); _ -> crc8_bits(R, (Shifted bxor 16#107) band 16#FF) end.

main() ->
    Table = crc32_table(),
    erlang:display({byte_size(Table), binary:part(Table, 0, 16), erlang:crc32(Table)}),
    Inputs = [<<>>, <<"a">>, <<"123456789">>, <<"The quick brown fox jumps over the lazy dog">>,
              list_to_binary(lists:seq(0, 255)), binary:copy(<<16#A5>>, 1000)],
    [erlang:display({byte_size(I), crc32(Table, I), crc32(Table, I) =:= erlang:crc32(I), crc16(I), crc8(I)}) || I <- Inputs],
    rand:seed(exsss, {1, 2, 3}),
    Rand = list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, 20000)]),
    erlang:display({crc32(Table, Rand), erlang:crc32(Rand), crc16(Rand)}),
    ok.
