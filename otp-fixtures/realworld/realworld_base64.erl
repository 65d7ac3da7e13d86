%% Base64 both ways: a hand-written encoder/decoder on the bit syntax against the base64 module
%% (encode/decode, to_string, mime_decode), all padding cases, generated binaries of every length
%% 0..300, and rejection of malformed input.
-module(realworld_base64).
-export([main/0]).

alphabet() -> <<"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/">>.

enc(Bin) ->
    A = alphabet(),
    Full = << <<(binary:at(A, X)), (binary:at(A, Y)), (binary:at(A, Z)), (binary:at(A, W))>>
              || <<X:6, Y:6, Z:6, W:6>> <= Bin >>,
    Rem = byte_size(Bin) rem 3,
    Tail = binary:part(Bin, byte_size(Bin) - Rem, Rem),
    case Tail of
        <<>> -> Full;
        <<X:6, Y:2>> -> <<Full/binary, (binary:at(A, X)), (binary:at(A, Y bsl 4)), "==">>;
        <<X:6, Y:6, Z:4>> -> <<Full/binary, (binary:at(A, X)), (binary:at(A, Y)), (binary:at(A, Z bsl 2)), "=">>
    end.

val(C) when C >= $A, C =< $Z -> C - $A;
val(C) when C >= $a, C =< $z -> C - $a + 26;
val(C) when C >= $0, C =< $9 -> C - $0 + 52;
val($+) -> 62;
val($/) -> 63.

dec(<<>>) -> <<>>;
dec(<<A, B, $=, $=>>) -> <<(val(A)):6, (val(B) bsr 4):2>>;
dec(<<A, B, C, $=>>) -> <<(val(A)):6, (val(B)):6, (val(C) bsr 2):4>>;
dec(<<A, B, C, D, Rest/binary>>) -> <<(val(A)):6, (val(B)):6, (val(C)):6, (val(D)):6, (dec(Rest))/binary>>.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Fixed = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0>>, <<255, 255, 255>>, <<0, 0, 0, 0>>],
    [erlang:display({B, enc(B), base64:encode(B), dec(enc(B))}) || B <- Fixed],
    rand:seed(exsss, {1, 2, 3}),
    Data = [list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]) || N <- lists:seq(0, 300)],
    Results = [{enc(B) =:= base64:encode(B), dec(enc(B)) =:= B, base64:decode(enc(B)) =:= B, base64:encode_to_string(B) =:= binary_to_list(enc(B))}
               || B <- Data],
    erlang:display({length(Results), lists:usort(Results)}),
    All = iolist_to_binary([enc(B) || B <- Data]),
    erlang:display({byte_size(All), erlang:crc32(All)}),
    erlang:display(base64:decode("SGVsbG8sIFdvcmxkIQ==")),
    erlang:display(base64:mime_decode(<<"SGVs\r\nbG8s IFdv\tcmxk IQ==">>)),
    erlang:display(base64:mime_decode_to_string(<<"SGVsbG8=!!">>)),
    [erlang:display({In, t(fun() -> base64:decode(In) end)}) || In <- [<<"SGVsbG8">>, <<"S===">>, <<"SGVs bG8=">>, <<"@@@@">>, <<"SGVsbG8=x">>]],
    erlang:display(t(fun() -> dec(<<"ab!d">>) end)),
    ok.
