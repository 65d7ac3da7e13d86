%% Appending to a binary in a loop: 10 MB byte by byte (the runtime must grow the binary in place,
%% not copy it every time), bit-by-bit appends, appends of segments of mixed sizes, and the crc32
%% of the results.
-module(bitsyntax_append_loop).
-export([main/0, id/1]).

id(X) -> X.

bytes(0, Acc) -> Acc;
bytes(N, Acc) -> bytes(N - 1, <<Acc/binary, (N band 255)>>).

bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bits, (N band 1):1>>).

mixed(0, Acc) -> Acc;
mixed(N, Acc) -> mixed(N - 1, <<Acc/bits, N:(N rem 13 + 1), (N * 7):16/little>>).

main() ->
    Ten = bytes(?MODULE:id(10 * 1024 * 1024), <<>>),
    erlang:display({byte_size(Ten), erlang:crc32(Ten)}),
    Bits = bits(?MODULE:id(100001), <<>>),
    erlang:display({bit_size(Bits), erlang:phash2(Bits)}),
    Mixed = mixed(?MODULE:id(20000), <<>>),
    erlang:display({bit_size(Mixed), erlang:phash2(Mixed)}),
    Base = ?MODULE:id(<<"base">>),
    A1 = <<Base/binary, "one">>,
    A2 = <<Base/binary, "two">>,
    A3 = <<A1/binary, "three">>,
    A4 = <<A1/binary, "four">>,
    erlang:display({Base, A1, A2, A3, A4}),
    Strs = lists:foldl(fun(I, Acc) -> <<Acc/binary, (integer_to_binary(I))/binary, ",">> end, <<>>, lists:seq(1, 50000)),
    erlang:display({byte_size(Strs), erlang:crc32(Strs), binary:part(Strs, byte_size(Strs) - 12, 12)}),
    ok.
