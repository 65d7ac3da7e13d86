%% An LZ77 compressor over binaries: greedy longest-match search in a sliding window using
%% binary:longest_common_prefix and binary:matches, tokens packed with the bit syntax (literal
%% flag, 12-bit distance, 4-bit length), and decompression by copying from the output so far.
-module(realworld_lz77).
-export([main/0]).

-define(WINDOW, 4095).
-define(MIN, 3).
-define(MAX, 18).

compress(Bin) -> compress(Bin, 0, []).

compress(Bin, Pos, Acc) when Pos >= byte_size(Bin) -> lists:reverse(Acc);
compress(Bin, Pos, Acc) ->
    case best(Bin, Pos) of
        {Dist, Len} when Len >= ?MIN -> compress(Bin, Pos + Len, [{copy, Dist, Len} | Acc]);
        _ -> compress(Bin, Pos + 1, [{lit, binary:at(Bin, Pos)} | Acc])
    end.

best(Bin, Pos) ->
    Start = max(0, Pos - ?WINDOW),
    Ahead = binary:part(Bin, Pos, min(?MAX, byte_size(Bin) - Pos)),
    case byte_size(Ahead) < ?MIN of
        true -> none;
        false ->
            Window = binary:part(Bin, Start, Pos - Start),
            Cands = binary:matches(Window, binary:part(Ahead, 0, ?MIN)),
            lists:foldl(fun({At, _}, {_, BestLen} = Best) ->
                                Src = binary:part(Bin, Start + At, min(?MAX, byte_size(Bin) - Start - At)),
                                L = binary:longest_common_prefix([Src, Ahead]),
                                case L > BestLen of true -> {Pos - Start - At, L}; false -> Best end
                        end, {0, 0}, Cands)
    end.

pack(Tokens) -> << <<(tok(T))/bits>> || T <- Tokens >>.
tok({lit, B}) -> <<0:1, B:8>>;
tok({copy, D, L}) -> <<1:1, D:12, (L - ?MIN):4>>.

unpack(<<0:1, B:8, R/bits>>) -> [{lit, B} | unpack(R)];
unpack(<<1:1, D:12, L:4, R/bits>>) -> [{copy, D, L + ?MIN} | unpack(R)];
unpack(_) -> [].

decompress(Tokens) -> lists:foldl(fun step/2, <<>>, Tokens).

step({lit, B}, Out) -> <<Out/binary, B>>;
step({copy, D, L}, Out) -> copy(Out, byte_size(Out) - D, L).

copy(Out, _, 0) -> Out;
copy(Out, From, L) -> copy(<<Out/binary, (binary:at(Out, From))>>, From + 1, L - 1).

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Phrases = [<<"erlang ">>, <<"beam ">>, <<"binary ">>, <<"pattern matching ">>, <<"process ">>, <<"\n">>],
    Text = iolist_to_binary([lists:nth(rand:uniform(6), Phrases) || _ <- lists:seq(1, 1500)]),
    Inputs = [<<>>, <<"a">>, <<"abcabcabcabcabc">>, <<"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">>, Text,
              list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, 2000)])],
    [begin
         Toks = compress(In),
         Packed = pack(Toks),
         Back = decompress(unpack(Packed)),
         erlang:display({byte_size(In), length(Toks), bit_size(Packed), Back =:= In, lists:sublist(Toks, 6)})
     end || In <- Inputs],
    ok.
