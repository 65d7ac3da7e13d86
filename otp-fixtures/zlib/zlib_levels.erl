%% deflate output at every level, strategy, window size and memory level is byte-identical
%% to erl's (printed as MD5 sums and sizes), and inflates back.
-module(zlib_levels).
-export([main/0]).

data() ->
    Text = list_to_binary([integer_to_list(I * I) ++ " lorem ipsum dolor " || I <- lists:seq(1, 3000)]),
    Noise = << <<((I * 7919) bsr 3 band 255)>> || I <- lists:seq(1, 20000) >>,
    <<Text/binary, Noise/binary, Text/binary>>.

main() ->
    Data = data(),
    Levels = [none, best_speed, default, best_compression | lists:seq(0, 9)],
    Strategies = [default, filtered, huffman_only, rle],
    [begin
         Z = zlib:open(),
         ok = zlib:deflateInit(Z, L, deflated, Bits, Mem, S),
         C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
         ok = zlib:deflateEnd(Z),
         zlib:close(Z),
         Back = case Bits of
                    B when B < 0 -> zlib:unzip(C);
                    B when B > 15 -> zlib:gunzip(C);
                    _ -> zlib:uncompress(C)
                end,
         erlang:display({L, S, Bits, Mem, byte_size(C), erlang:md5(C), Back =:= Data})
     end || L <- Levels, S <- Strategies, {Bits, Mem} <- [{15, 8}]],
    [begin
         Z = zlib:open(),
         ok = zlib:deflateInit(Z, default, deflated, Bits, Mem, default),
         C = iolist_to_binary(zlib:deflate(Z, Data, finish)),
         ok = zlib:deflateEnd(Z),
         zlib:close(Z),
         erlang:display({Bits, Mem, byte_size(C), erlang:md5(C)})
     end || Bits <- [9, 12, 15, -9, -15, 25, 31], Mem <- [1, 5, 9]],
    ok.
