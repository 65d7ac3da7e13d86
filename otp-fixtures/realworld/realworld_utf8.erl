%% UTF-8 processing of generated multilingual text: a hand-written decoder and encoder on the bit
%% syntax against unicode:characters_to_list/binary, UTF-16/32 transcoding round trips, counting
%% code points per script range, and locating invalid sequences in corrupted input.
-module(realworld_utf8).
-export([main/0]).

decode(<<>>, Acc) -> {ok, lists:reverse(Acc)};
decode(<<C/utf8, Rest/binary>>, Acc) -> decode(Rest, [C | Acc]);
decode(Bad, Acc) -> {error, length(Acc), binary:part(Bad, 0, min(4, byte_size(Bad)))}.

encode(Cps) -> << <<C/utf8>> || C <- Cps >>.

range(C) when C < 16#80 -> ascii;
range(C) when C < 16#800 -> two_byte;
range(C) when C < 16#10000 -> three_byte;
range(_) -> four_byte.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Pools = [{$a, 26}, {16#E0, 32}, {16#391, 25}, {16#430, 32}, {16#5D0, 27}, {16#3041, 80}, {16#4E00, 2000},
             {16#AC00, 1000}, {16#1F600, 80}, {16#10400, 40}],
    Text = [begin {Base, N} = lists:nth(rand:uniform(length(Pools)), Pools), Base + rand:uniform(N) - 1 end || _ <- lists:seq(1, 20000)],
    Mine = encode(Text),
    Theirs = unicode:characters_to_binary(Text),
    erlang:display({length(Text), byte_size(Mine), Mine =:= Theirs, erlang:crc32(Mine)}),
    erlang:display({decode(Mine, []) =:= {ok, Text}, unicode:characters_to_list(Mine) =:= Text}),
    Counts = lists:foldl(fun(C, M) -> maps:update_with(range(C), fun(X) -> X + 1 end, 1, M) end, #{}, Text),
    erlang:display(Counts),
    U16 = unicode:characters_to_binary(Mine, utf8, utf16),
    U32 = unicode:characters_to_binary(U16, utf16, {utf32, little}),
    Back = unicode:characters_to_binary(U32, {utf32, little}, utf8),
    erlang:display({byte_size(U16), byte_size(U32), Back =:= Mine, [C || <<C/utf16>> <= U16] =:= Text}),
    Corrupt = [begin <<H:P/binary, _, T/binary>> = Mine, <<H/binary, 16#FF, T/binary>> end || P <- [0, 17, 1000, byte_size(Mine) - 1]],
    [erlang:display({decode(C, []) =/= {ok, Text}, element(1, decode(C, [])), element(2, decode(C, [])),
                     element(1, unicode:characters_to_binary(C))}) || C <- Corrupt],
    Truncated = binary:part(Mine, 0, byte_size(Mine) - 1),
    erlang:display({element(1, unicode:characters_to_binary(Truncated)), byte_size(element(3, unicode:characters_to_binary(Truncated)))}),
    Words = string:lexemes(unicode:characters_to_list(<<"héllo wörld 日本 語 🙂 ok"/utf8>>), " "),
    erlang:display([{length(W), byte_size(unicode:characters_to_binary(W))} || W <- Words]),
    ok.
