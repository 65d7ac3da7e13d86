%% Very large segments: binary segments of megabytes, bits segments at odd offsets of large
%% binaries, integer segments read from large binaries, and sizes near the small-integer limit
%% that cannot be satisfied (no match rather than a crash).
-module(bitsyntax_big_segments).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Big = ?MODULE:id(binary:copy(<<"0123456789abcdef">>, 131072)),
    <<A:1048576/binary, B:1048575/binary, C/binary>> = Big,
    erlang:display({byte_size(A), byte_size(B), C, erlang:crc32(A), erlang:crc32(B)}),
    <<_:3, Odd:8000000/bits, Tail/bits>> = Big,
    erlang:display({bit_size(Odd), bit_size(Tail), erlang:phash2(Odd)}),
    Rebuilt = <<0:3, Odd/bits, Tail/bits>>,
    erlang:display({bit_size(Rebuilt), erlang:phash2(Rebuilt)}),
    <<Wide:4096, _/binary>> = Big,
    erlang:display({Wide rem 1000000007, Wide band 16#FFFFFFFF}),
    Huge = ?MODULE:id(1 bsl 58),
    erlang:display(case Big of <<_:Huge/binary, _/binary>> -> matched; _ -> nomatch end),
    Bigger = ?MODULE:id(1 bsl 64),
    erlang:display(case Big of <<_:Bigger, _/binary>> -> matched; _ -> nomatch end),
    Twice = <<Big/binary, Big/binary>>,
    erlang:display({byte_size(Twice), erlang:crc32(Twice)}),
    ok.
