%% Builds a 10 MB binary one byte at a time (the compiler's appending loop), then checks it.
-module(bits_append).
-export([main/0, id/1]).

id(X) -> X.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N band 255):8>>).

sum(<<X:8, R/binary>>, S) -> sum(R, (S * 31 + X) band 16#FFFFFF);
sum(<<>>, S) -> S.

bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bits, (N band 1):1>>).

main() ->
    B = build(id(10000000), <<>>),
    erlang:display(byte_size(B)),
    erlang:display(sum(B, 0)),
    erlang:display(erlang:crc32(B)),
    %% Appending to an older version must not disturb the newer one.
    A0 = build(id(100), <<>>),
    A1 = <<A0/binary, 1>>,
    A2 = <<A0/binary, 2>>,
    erlang:display({binary:last(A1), binary:last(A2), byte_size(A1), byte_size(A2)}),
    Bs = bits(id(100001), <<>>),
    erlang:display({bit_size(Bs), sum(<<Bs/bits, 0:7>>, 0)}),
    ok.
