%% A type-length-value protocol: a generator builds a stream of records (integers of several
%% widths and endiannesses, floats, strings, nested TLV containers, flag bitfields), a parser
%% decodes it back with binary matching, and a re-encoder must reproduce the same bytes.
-module(realworld_tlv_parser).
-export([main/0]).

-define(T_U8, 1).
-define(T_I32LE, 2).
-define(T_U64, 3).
-define(T_F64, 4).
-define(T_STR, 5).
-define(T_LIST, 6).
-define(T_FLAGS, 7).
-define(T_F32, 8).

enc({u8, V}) -> tlv(?T_U8, <<V:8>>);
enc({i32le, V}) -> tlv(?T_I32LE, <<V:32/little-signed>>);
enc({u64, V}) -> tlv(?T_U64, <<V:64>>);
enc({f64, V}) -> tlv(?T_F64, <<V:64/float>>);
enc({f32, V}) -> tlv(?T_F32, <<V:32/float>>);
enc({str, S}) -> tlv(?T_STR, S);
enc({list, Items}) -> tlv(?T_LIST, << <<(enc(I))/binary>> || I <- Items >>);
enc({flags, A, B, C, N}) -> tlv(?T_FLAGS, <<A:1, B:1, C:1, N:5>>).

tlv(T, V) when byte_size(V) < 128 -> <<T:8, 0:1, (byte_size(V)):7, V/binary>>;
tlv(T, V) -> <<T:8, 1:1, (byte_size(V)):15, V/binary>>.

dec(<<>>) -> [];
dec(<<T:8, 0:1, L:7, V:L/binary, Rest/binary>>) -> [val(T, V) | dec(Rest)];
dec(<<T:8, 1:1, L:15, V:L/binary, Rest/binary>>) -> [val(T, V) | dec(Rest)].

val(?T_U8, <<V:8>>) -> {u8, V};
val(?T_I32LE, <<V:32/little-signed>>) -> {i32le, V};
val(?T_U64, <<V:64>>) -> {u64, V};
val(?T_F64, <<V:64/float>>) -> {f64, V};
val(?T_F32, <<V:32/float>>) -> {f32, V};
val(?T_STR, S) -> {str, S};
val(?T_LIST, Body) -> {list, dec(Body)};
val(?T_FLAGS, <<A:1, B:1, C:1, N:5>>) -> {flags, A, B, C, N}.

gen(0) -> leaf();
gen(D) ->
    case rand:uniform(5) of
        1 -> {list, [gen(D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]};
        _ -> leaf()
    end.

leaf() ->
    case rand:uniform(7) of
        1 -> {u8, rand:uniform(256) - 1};
        2 -> {i32le, rand:uniform(1 bsl 32) - (1 bsl 31) - 1};
        3 -> {u64, rand:uniform(1 bsl 64) - 1};
        4 -> {f64, rand:uniform() * 1.0e6 - 5.0e5};
        5 -> {f32, float(rand:uniform(1 bsl 20)) / 8};
        6 -> {str, list_to_binary([$a + rand:uniform(26) - 1 || _ <- lists:seq(1, rand:uniform(200) - 1)])};
        7 -> {flags, rand:uniform(2) - 1, rand:uniform(2) - 1, rand:uniform(2) - 1, rand:uniform(32) - 1}
    end.

count({list, Items}) -> 1 + lists:sum([count(I) || I <- Items]);
count(_) -> 1.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Records = [gen(4) || _ <- lists:seq(1, 400)],
    Stream = << <<(enc(R))/binary>> || R <- Records >>,
    erlang:display({byte_size(Stream), erlang:crc32(Stream), binary:part(Stream, 0, 24)}),
    Decoded = dec(Stream),
    erlang:display({length(Decoded), Decoded =:= Records, lists:sum([count(R) || R <- Decoded])}),
    Again = << <<(enc(R))/binary>> || R <- Decoded >>,
    erlang:display(Again =:= Stream),
    erlang:display(lists:sublist(Decoded, 6)),
    Types = lists:foldl(fun(R, M) -> maps:update_with(element(1, R), fun(N) -> N + 1 end, 1, M) end, #{}, Decoded),
    erlang:display(Types),
    erlang:display(try dec(binary:part(Stream, 0, 100)) of _ -> parsed catch error:Reason -> {error, Reason} end),
    ok.
