%% Large (reference-counted) binaries: building several megabytes, sub-binaries that keep their
%% parent, splitting and reassembling, many small parts of one big binary, and checksums throughout.
-module(binary_large).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Block = list_to_binary([I rem 256 || I <- lists:seq(0, 4095)]),
    Big = binary:copy(Block, 1024),
    erlang:display({byte_size(Big), erlang:crc32(Big), erlang:adler32(Big)}),
    Parts = [binary:part(Big, I * 4096 + I rem 97, 100) || I <- lists:seq(0, 1023)],
    erlang:display({length(lists:usort(Parts)), erlang:crc32(Parts)}),
    {L, R} = split_binary(Big, 3 * 1024 * 1024 + 5),
    erlang:display({byte_size(L), byte_size(R), erlang:crc32([L, R]) =:= erlang:crc32(Big)}),
    Chunks = chunks(Big, 65536, []),
    erlang:display({length(Chunks), iolist_to_binary(Chunks) =:= Big}),
    Rev = list_to_binary(lists:reverse(Chunks)),
    erlang:display({byte_size(Rev), erlang:crc32(Rev)}),
    Doubled = <<Big/binary, Big/binary>>,
    erlang:display({byte_size(Doubled), binary:at(Doubled, 4194304 + 4097), erlang:md5(Doubled) =:= erlang:md5([Big, Big])}),
    Keep = binary:copy(binary:part(Big, 1000, 10)),
    erlang:display({Keep, binary:referenced_byte_size(Keep)}),
    Xor = xor_all(Big, 0),
    erlang:display(Xor),
    ok.

chunks(<<>>, _, Acc) -> lists:reverse(Acc);
chunks(Bin, N, Acc) ->
    <<C:N/binary, Rest/binary>> = Bin,
    chunks(Rest, N, [C | Acc]).

xor_all(<<W:64, Rest/binary>>, Acc) -> xor_all(Rest, (Acc * 1000003 + W) band 16#FFFFFFFFFFFFFFFF);
xor_all(<<>>, Acc) -> Acc.
