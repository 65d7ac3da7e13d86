%% Compression codecs on binaries: run-length encoding (byte runs with a length prefix) and a
%% canonical Huffman coder that builds the code from byte frequencies, packs the codes into a
%% bitstring and decodes it bit by bit; compressed sizes and exact round trips on generated data.
-module(realworld_rle_huffman).
-export([main/0]).

%% ---- run-length encoding: <<Count, Byte>> pairs, runs capped at 255
rle(<<>>) -> <<>>;
rle(<<B, Rest/binary>>) -> rle(Rest, B, 1, <<>>).

rle(<<B, Rest/binary>>, B, N, Acc) when N < 255 -> rle(Rest, B, N + 1, Acc);
rle(<<C, Rest/binary>>, B, N, Acc) -> rle(Rest, C, 1, <<Acc/binary, N, B>>);
rle(<<>>, B, N, Acc) -> <<Acc/binary, N, B>>.

unrle(Bin) -> << <<(binary:copy(<<B>>, N))/binary>> || <<N, B>> <= Bin >>.

%% ---- canonical Huffman coding
freqs(Bin) -> lists:foldl(fun(B, M) -> maps:update_with(B, fun(C) -> C + 1 end, 1, M) end, #{}, binary_to_list(Bin)).

lengths(Freqs) when map_size(Freqs) =:= 1 -> maps:map(fun(_, _) -> 1 end, Freqs);
lengths(Freqs) ->
    Leaves = lists:sort([{F, S, {leaf, S}} || {S, F} <- maps:to_list(Freqs)]),
    Tree = build(Leaves),
    maps:from_list(depths(Tree, 0)).

build([{_, _, T}]) -> T;
build([{F1, S1, T1}, {F2, S2, T2} | Rest]) ->
    build(lists:sort([{F1 + F2, min(S1, S2), {node, T1, T2}} | Rest])).

depths({leaf, S}, D) -> [{S, D}];
depths({node, L, R}, D) -> depths(L, D + 1) ++ depths(R, D + 1).

canonical(Lengths) ->
    Sorted = lists:sort([{L, S} || {S, L} <- maps:to_list(Lengths)]),
    {Codes, _, _} = lists:foldl(fun({L, S}, {Acc, Code, PrevL}) ->
                                        C = Code bsl (L - PrevL),
                                        {Acc#{S => {C, L}}, C + 1, L}
                                end, {#{}, 0, element(1, hd(Sorted))}, Sorted),
    Codes.

encode(Bin, Codes) -> << <<(element(1, maps:get(B, Codes))):(element(2, maps:get(B, Codes)))>> || <<B>> <= Bin >>.

decode(Bits, Codes, N) ->
    Rev = maps:from_list([{{L, C}, S} || {S, {C, L}} <- maps:to_list(Codes)]),
    decode(Bits, Rev, N, 0, 0, []).

decode(_, _, 0, _, _, Acc) -> list_to_binary(lists:reverse(Acc));
decode(<<B:1, Rest/bits>>, Rev, N, Code, Len, Acc) ->
    C = (Code bsl 1) bor B,
    case Rev of
        #{{Len + 1, C} := S} -> decode(Rest, Rev, N - 1, 0, 0, [S | Acc]);
        _ -> decode(Rest, Rev, N, C, Len + 1, Acc)
    end.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Runs = iolist_to_binary([binary:copy(<<(rand:uniform(4) + $a)>>, rand:uniform(40)) || _ <- lists:seq(1, 500)]),
    Skewed = << <<(min(255, trunc(-math:log(rand:uniform()) * 20)))>> || _ <- lists:seq(1, 20000) >>,
    Text = iolist_to_binary(lists:duplicate(200, <<"the quick brown fox jumps over the lazy dog. ">>)),
    Inputs = [<<>>, <<"a">>, <<"aaaa">>, binary:copy(<<0>>, 1000), Runs, Skewed, Text, list_to_binary(lists:seq(0, 255))],
    [begin
         R = rle(In),
         erlang:display({rle, byte_size(In), byte_size(R), unrle(R) =:= In, binary:part(R, 0, min(10, byte_size(R)))})
     end || In <- Inputs],
    [begin
         Codes = canonical(lengths(freqs(In))),
         Bits = encode(In, Codes),
         Out = decode(Bits, Codes, byte_size(In)),
         MaxLen = lists:max([L || {_, L} <- maps:values(Codes)]),
         erlang:display({huffman, byte_size(In), bit_size(Bits), map_size(Codes), MaxLen, Out =:= In, erlang:phash2(Bits)})
     end || In <- Inputs, In =/= <<>>],
    TextCodes = canonical(lengths(freqs(Text))),
    erlang:display(lists:sort(maps:to_list(TextCodes))),
    ok.
