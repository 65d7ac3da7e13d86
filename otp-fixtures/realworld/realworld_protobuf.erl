%% A protocol-buffers style codec: base-128 varints, zigzag-encoded signed integers, fixed32/64
%% little-endian fields, length-delimited strings and nested messages with field tags; encoding
%% of generated messages, decoding back, unknown-field skipping and truncated input.
-module(realworld_protobuf).
-export([main/0]).

varint(N) when N < 128 -> <<N>>;
varint(N) -> <<1:1, (N band 127):7, (varint(N bsr 7))/binary>>.

unvarint(<<0:1, N:7, R/binary>>) -> {N, R};
unvarint(<<1:1, N:7, R/binary>>) -> {M, R2} = unvarint(R), {(M bsl 7) bor N, R2}.

zigzag(N) when N >= 0 -> N bsl 1;
zigzag(N) -> (-N bsl 1) - 1.

unzigzag(Z) when Z band 1 =:= 0 -> Z bsr 1;
unzigzag(Z) -> -((Z + 1) bsr 1).

key(F, W) -> varint((F bsl 3) bor W).

field({F, uint, V}) -> <<(key(F, 0))/binary, (varint(V))/binary>>;
field({F, sint, V}) -> <<(key(F, 0))/binary, (varint(zigzag(V)))/binary>>;
field({F, fixed64, V}) -> <<(key(F, 1))/binary, V:64/little>>;
field({F, double, V}) -> <<(key(F, 1))/binary, V:64/float-little>>;
field({F, fixed32, V}) -> <<(key(F, 5))/binary, V:32/little>>;
field({F, bytes, B}) -> <<(key(F, 2))/binary, (varint(byte_size(B)))/binary, B/binary>>;
field({F, msg, Fields}) -> field({F, bytes, encode(Fields)}).

encode(Fields) -> << <<(field(X))/binary>> || X <- Fields >>.

decode(<<>>) -> [];
decode(Bin) ->
    {Key, R} = unvarint(Bin),
    F = Key bsr 3,
    case Key band 7 of
        0 -> {V, R2} = unvarint(R), [{F, varint, V} | decode(R2)];
        1 -> <<V:64/little, R2/binary>> = R, [{F, i64, V} | decode(R2)];
        5 -> <<V:32/little, R2/binary>> = R, [{F, i32, V} | decode(R2)];
        2 -> {L, R2} = unvarint(R), <<B:L/binary, R3/binary>> = R2, [{F, len, B} | decode(R3)]
    end.

gen(0) -> [scalar(F) || F <- lists:seq(1, rand:uniform(4))];
gen(D) -> [case rand:uniform(4) of 1 -> {F, msg, gen(D - 1)}; _ -> scalar(F) end || F <- lists:seq(1, rand:uniform(5))].

scalar(F) ->
    case rand:uniform(6) of
        1 -> {F, uint, rand:uniform(1 bsl (rand:uniform(64))) - 1};
        2 -> {F, sint, rand:uniform(1 bsl 40) - (1 bsl 39)};
        3 -> {F, fixed64, rand:uniform(1 bsl 64) - 1};
        4 -> {F, fixed32, rand:uniform(1 bsl 32) - 1};
        5 -> {F, double, rand:uniform() * 100};
        6 -> {F, bytes, list_to_binary([rand:uniform(26) + $a - 1 || _ <- lists:seq(1, rand:uniform(20))])}
    end.

main() ->
    erlang:display([varint(N) || N <- [0, 1, 127, 128, 300, 16383, 16384, 1 bsl 32, 1 bsl 63, 1 bsl 64 - 1]]),
    erlang:display([{N, zigzag(N), unzigzag(zigzag(N))} || N <- [0, -1, 1, -2, 2147483647, -2147483648, -(1 bsl 63)]]),
    erlang:display(encode([{1, uint, 150}, {2, bytes, <<"testing">>}, {3, msg, [{1, sint, -1}]}])),
    rand:seed(exsss, {1, 2, 3}),
    Msgs = [gen(3) || _ <- lists:seq(1, 300)],
    Enc = [encode(M) || M <- Msgs],
    erlang:display({lists:sum([byte_size(E) || E <- Enc]), erlang:crc32(Enc)}),
    Dec = [decode(E) || E <- Enc],
    erlang:display(lists:sublist(Dec, 2)),
    Counts = lists:foldl(fun(Fs, M) -> lists:foldl(fun({_, T, _}, M2) -> maps:update_with(T, fun(C) -> C + 1 end, 1, M2) end, M, Fs) end, #{}, Dec),
    erlang:display(Counts),
    Trunc = [try decode(binary:part(E, 0, byte_size(E) - 1)) of _ -> ok catch error:R when is_tuple(R) -> element(1, R); error:R -> R end || E <- lists:sublist(Enc, 12), byte_size(E) > 0],
    erlang:display(Trunc),
    ok.
