-module(bits_match).
-export([main/0, id/1]).

id(X) -> X.

ints(<<A:3, B:5, C:16/little, D:8/signed, E:12, F:4/signed, G:65, Rest/bits>>) ->
    {A, B, C, D, E, F, G, Rest};
ints(_) -> nomatch.

floats(<<X:16/float, Y:32/float-little, Z:64/float, R/binary>>) -> {X, Y, Z, R};
floats(_) -> nomatch.

lp(<<Len:16, Data:Len/binary, Rest/binary>>) -> {Data, Rest};
lp(<<Len:16, _/binary>>) -> {short, Len};
lp(_) -> too_short.

utf8(<<C/utf8, R/binary>>, Acc) -> utf8(R, [C | Acc]);
utf8(<<>>, Acc) -> lists:reverse(Acc);
utf8(Bad, Acc) -> {bad, Bad, lists:reverse(Acc)}.

utf16(<<C/utf16, R/binary>>, Acc) -> utf16(R, [C | Acc]);
utf16(R, Acc) -> {lists:reverse(Acc), R}.

utf32l(<<C/utf32-little, R/binary>>, Acc) -> utf32l(R, [C | Acc]);
utf32l(R, Acc) -> {lists:reverse(Acc), R}.

strs(<<"GET ", Path/binary>>) -> {get, Path};
strs(<<"POST ", Path/binary>>) -> {post, Path};
strs(<<1:1, 0:1, X:6>>) -> {bits, X};
strs(_) -> other.

tail(<<_:3, T/bits>>) -> T.
unit(<<X:4/binary-unit:4, R/bits>>) -> {X, R};
unit(_) -> no.

skip(<<_:7, X:2, _/binary-unit:1>>) -> X;
skip(_) -> no.

main() ->
    I = fun id/1,
    erlang:display(ints(I(<<255, 1, 2, 200, 16#AB, 16#CD, 1:65, 7:3>>))),
    erlang:display(ints(I(<<1, 2>>))),
    erlang:display(floats(I(<<16#3E00:16, 1.5:32/float-little, -2.5:64/float, 9>>))),
    erlang:display(floats(I(<<16#7C00:16, 0:32, 0:64>>))),
    erlang:display(floats(I(<<0:16, 16#7f800000:32/little, 0:64>>))),
    erlang:display(lp(I(<<0, 3, "abcde">>))),
    erlang:display(lp(I(<<0, 9, "abc">>))),
    erlang:display(lp(I(<<0>>))),
    erlang:display(utf8(I(<<"héllo ☃ ", 16#1F600/utf8>>), [])),
    erlang:display(utf8(I(<<"a", 16#C0, 16#80>>), [])),
    erlang:display(utf8(I(<<"a", 16#ED, 16#A0, 16#80>>), [])),
    erlang:display(utf8(I(<<16#F4, 16#90, 16#80, 16#80>>), [])),
    erlang:display(utf16(I(<<0, $a, 16#D8, 16#3D, 16#DE, 16#00, 16#DC, 0>>), [])),
    erlang:display(utf32l(I(<<$a, 0, 0, 0, 0, 16#D8, 0, 0>>), [])),
    [erlang:display(strs(I(X))) || X <- [<<"GET /index">>, <<"POST /x">>, <<2#10101010>>, <<"PUT">>]],
    erlang:display(tail(I(<<1, 2, 3>>))),
    erlang:display(unit(I(<<1, 2, 3>>))),
    erlang:display(unit(I(<<1>>))),
    erlang:display(skip(I(<<1, 128>>))),
    %% sub-binaries of sub-binaries at odd offsets
    <<_:5, S1:20/bits, _/bits>> = I(<<"abcdefgh">>),
    <<_:3, S2:9/bits, _/bits>> = S1,
    erlang:display({S1, S2, bit_size(S2)}),
    erlang:display(<< <<(X * 2)>> || <<X>> <= I(<<1, 2, 3>>) >>),
    erlang:display([X || <<X:3>> <= I(<<255, 0, 129>>)]),
    erlang:display(<< <<X:5>> || X <- I([1, 2, 31]) >>),
    erlang:display([{X, Y} || <<X:4, Y:4>> <= I(<<16#12, 16#34>>)]),
    %% matching on a binary built by appends
    Acc = lists:foldl(fun(X, A) -> <<A/binary, X:16>> end, <<>>, lists:seq(1, 5)),
    erlang:display([X || <<X:16>> <= Acc]),
    ok.
