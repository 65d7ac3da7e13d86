%% Several megabytes through the streaming API in uneven pieces with sync and full flushes:
%% the compressed bytes equal erl's (by MD5), and inflating them in pieces gives the data back.
-module(zlib_large_stream).
-export([main/0]).

main() ->
    Data = << <<(integer_to_binary(I * 31 rem 1000))/binary, " ">> || I <- lists:seq(1, 600000) >>,
    Pieces = split(Data, [1, 100, 7777, 65536, 100000, 3], []),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, 6, deflated, 15, 9, filtered),
    Out = [zlib:deflate(Z, P, case I rem 4 of 0 -> sync; 1 -> full; _ -> none end)
           || {I, P} <- lists:zip(lists:seq(1, length(Pieces)), Pieces)],
    Last = zlib:deflate(Z, <<>>, finish),
    ok = zlib:deflateEnd(Z),
    C = iolist_to_binary([Out, Last]),
    erlang:display({length(Pieces), byte_size(Data), byte_size(C), erlang:md5(C)}),
    ok = zlib:inflateInit(Z),
    Back = iolist_to_binary([zlib:inflate(Z, P) || P <- split(C, [5, 999, 12345], [])]),
    ok = zlib:inflateEnd(Z),
    zlib:close(Z),
    erlang:display(Back =:= Data),
    ok.

split(<<>>, _, Acc) -> lists:reverse(Acc);
split(B, [N | Ns], Acc) ->
    K = min(N, byte_size(B)),
    <<P:K/binary, Rest/binary>> = B,
    split(Rest, Ns ++ [N], [P | Acc]).
