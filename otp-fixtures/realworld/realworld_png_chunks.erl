%% A PNG-like container: a signature, chunks of length + type + data + CRC-32 (erlang:crc32 over
%% type and data), an image header, zlib-free "raw" scanlines with per-row filters (none, sub,
%% up, average, paeth) applied and undone, and detection of corrupted chunks.
-module(realworld_png_chunks).
-export([main/0]).

-define(SIG, <<137, "PNG", 13, 10, 26, 10>>).

chunk(Type, Data) -> <<(byte_size(Data)):32, Type:4/binary, Data/binary, (erlang:crc32(<<Type/binary, Data/binary>>)):32>>.

chunks(<<>>) -> [];
chunks(<<Len:32, Type:4/binary, Data:Len/binary, Crc:32, Rest/binary>>) ->
    [{Type, Len, Crc =:= erlang:crc32(<<Type/binary, Data/binary>>), Data} | chunks(Rest)];
chunks(Trunc) -> [{truncated, byte_size(Trunc)}].

paeth(A, B, C) ->
    P = A + B - C,
    PA = abs(P - A), PB = abs(P - B), PC = abs(P - C),
    if PA =< PB, PA =< PC -> A; PB =< PC -> B; true -> C end.

filter(Type, Row, Prev) -> filter(Type, Row, Prev, 0, 0, <<>>).

filter(_, <<>>, _, _, _, Acc) -> Acc;
filter(Type, <<X, R/binary>>, <<B, P/binary>>, A, C, Acc) ->
    Pred = case Type of 0 -> 0; 1 -> A; 2 -> B; 3 -> (A + B) div 2; 4 -> paeth(A, B, C) end,
    filter(Type, R, P, X, B, <<Acc/binary, ((X - Pred) band 255)>>).

unfilter(Type, Row, Prev) -> unfilter(Type, Row, Prev, 0, 0, <<>>).

unfilter(_, <<>>, _, _, _, Acc) -> Acc;
unfilter(Type, <<F, R/binary>>, <<B, P/binary>>, A, C, Acc) ->
    Pred = case Type of 0 -> 0; 1 -> A; 2 -> B; 3 -> (A + B) div 2; 4 -> paeth(A, B, C) end,
    X = (F + Pred) band 255,
    unfilter(Type, R, P, X, B, <<Acc/binary, X>>).

main() ->
    W = 64, H = 48,
    Pixels = [<< <<((X * Y + X * 3 + Y * 5) band 255)>> || X <- lists:seq(0, W - 1) >> || Y <- lists:seq(0, H - 1)],
    Zero = binary:copy(<<0>>, W),
    {Filtered, _} = lists:mapfoldl(fun({Row, I}, Prev) -> T = I rem 5, {<<T, (filter(T, Row, Prev))/binary>>, Row} end,
                                   Zero, lists:zip(Pixels, lists:seq(0, H - 1))),
    Ihdr = <<W:32, H:32, 8, 0, 0, 0, 0>>,
    Idat = iolist_to_binary(Filtered),
    File = iolist_to_binary([?SIG, chunk(<<"IHDR">>, Ihdr), chunk(<<"tEXt">>, <<"Comment", 0, "generated">>),
                             chunk(<<"IDAT">>, Idat), chunk(<<"IEND">>, <<>>)]),
    erlang:display({byte_size(File), erlang:crc32(File), binary:part(File, 0, 33)}),
    <<Sig:8/binary, Body/binary>> = File,
    Cs = chunks(Body),
    erlang:display({Sig =:= ?SIG, [{T, L, Ok} || {T, L, Ok, _} <- Cs]}),
    {_, _, _, <<W2:32, H2:32, Depth, _/binary>>} = lists:keyfind(<<"IHDR">>, 1, Cs),
    {_, _, _, Data} = lists:keyfind(<<"IDAT">>, 1, Cs),
    Rows = [R || <<R:(W2 + 1)/binary>> <= Data],
    {Decoded, _} = lists:mapfoldl(fun(<<T, F/binary>>, Prev) -> Row = unfilter(T, F, Prev), {Row, Row} end, Zero, Rows),
    erlang:display({W2, H2, Depth, length(Rows), Decoded =:= Pixels}),
    erlang:display([binary:part(R, 0, 8) || R <- lists:sublist(Filtered, 5)]),
    <<Pre:60/binary, Byte, Post/binary>> = Body,
    erlang:display([{T, Ok} || {T, _, Ok, _} <- chunks(<<Pre/binary, (Byte bxor 16#40), Post/binary>>)]),
    erlang:display(lists:last(chunks(binary:part(Body, 0, byte_size(Body) - 5)))),
    ok.
