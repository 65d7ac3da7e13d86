-module(bits_construct).
-export([main/0, id/1]).

id(X) -> X.

show(F) ->
    erlang:display(try F() catch C:R -> {C, R} end).

main() ->
    I = fun id/1,
    %% integers of every size, endianness and signedness
    [show(fun() -> <<(I(V)):(I(S))>> end) || V <- [0, 1, -1, 255, 256, 16#abcdef, -16#abcdef, 1 bsl 59, -(1 bsl 59), 1 bsl 100], S <- [0, 1, 3, 8, 12, 16, 31, 64, 65, 100]],
    [show(fun() -> <<(I(V)):(I(S))/little>> end) || V <- [1, -1, 16#abc, 16#123456789, 1 bsl 70], S <- [1, 7, 12, 20, 33, 72, 80]],
    [show(fun() -> <<(I(V)):(I(S))/signed-little>> end) || V <- [-2, 300], S <- [4, 9, 16]],
    show(fun() -> <<(I(16#1234)):16/native>> end),
    show(fun() -> <<(I(5)):4/unit:3>> end),
    %% floats
    [show(fun() -> <<(I(F)):(I(S))/float>> end) || F <- [0.0, -0.0, 1.5, -2.25, 3.14159, 1.0e30, 70000.0, 65504.0, 1.0e-8, 5], S <- [16, 32, 64]],
    [show(fun() -> <<(I(F)):(I(S))/float-little>> end) || F <- [1.5, -1.0e100], S <- [16, 32, 64]],
    %% binaries and bitstrings
    B = I(<<1, 2, 3, 4, 5>>),
    Bits = I(<<5:3>>),
    show(fun() -> <<B/binary, Bits/bits, B/binary>> end),
    show(fun() -> <<Bits/bits, B:2/binary, Bits/bitstring>> end),
    show(fun() -> <<(I(<<"abc">>)):(I(2))/binary>> end),
    show(fun() -> <<"hello", " ", "world">> end),
    show(fun() -> <<(I($a)), "bc", (I(0)):1>> end),
    %% utf
    [show(fun() -> <<(I(C))/utf8, (I(C))/utf16, (I(C))/utf32, (I(C))/utf16-little, (I(C))/utf32-little>> end) || C <- [0, $a, 127, 128, 2047, 2048, 16#FFFF, 16#10000, 16#10FFFF]],
    %% errors
    show(fun() -> <<(I(a)):8>> end),
    show(fun() -> <<(I(1)):(I(-1))>> end),
    show(fun() -> <<(I(1)):(I(foo))>> end),
    show(fun() -> <<(I(Bits))/binary>> end),
    show(fun() -> <<(I(B)):(I(9))/binary>> end),
    show(fun() -> <<(I(1.0)):(I(8))/float>> end),
    show(fun() -> <<(I(a))/float>> end),
    show(fun() -> <<(I(1 bsl 1030))/float>> end),
    show(fun() -> <<(I(16#D800))/utf8>> end),
    show(fun() -> <<(I(-1))/utf16>> end),
    show(fun() -> <<(I(16#110000))/utf32>> end),
    show(fun() -> <<(I(1)):8, (I(a)):8, (I(1)):(I(-3))>> end),
    show(fun() -> <<(I(a))/binary>> end),
    show(fun() -> <<1:(I(1 bsl 62))>> end),
    %% sizes of results
    erlang:display([{byte_size(X), bit_size(X)} || X <- [<<>>, <<1:1>>, <<1:9>>, B, <<B/binary, 1:7>>]]),
    ok.
