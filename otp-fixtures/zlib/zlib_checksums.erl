%% zlib's checksum functions (crc32/2,3, adler32/2,3, the combines) over erlang's, with
%% their badarg cases, and crc32/1 of a stream.
-module(zlib_checksums).
-export([main/0]).
-compile(nowarn_deprecated_function).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Z = zlib:open(),
    A = <<"hello ">>, B = <<"world">>,
    erlang:display({zlib:crc32(Z, A), zlib:crc32(Z, zlib:crc32(Z, A), B),
                    zlib:crc32_combine(Z, zlib:crc32(Z, A), zlib:crc32(Z, B), byte_size(B)),
                    zlib:crc32(Z, <<A/binary, B/binary>>)}),
    erlang:display({zlib:adler32(Z, A), zlib:adler32(Z, zlib:adler32(Z, A), B),
                    zlib:adler32_combine(Z, zlib:adler32(Z, A), zlib:adler32(Z, B), byte_size(B)),
                    zlib:adler32(Z, [A, B])}),
    erlang:display(t(fun() -> zlib:crc32(not_a_stream, A) end)),
    erlang:display(t(fun() -> zlib:adler32(Z, foo) end)),
    erlang:display(t(fun() -> zlib:crc32(Z) end)),
    ok = zlib:deflateInit(Z),
    erlang:display(t(fun() -> zlib:crc32(Z) end)),
    zlib:close(Z),
    ok.
