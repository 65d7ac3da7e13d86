%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 between latin1, utf8, utf16 and
%% utf32 (both endiannesses): mixed chardata, incomplete and invalid input ({incomplete,..} and
%% {error,..} results), surrogates and out-of-range code points (badarg).
-module(binary_unicode).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ins = ["abc", [16#E5, 16#E4, 16#F6], [16#65E5, 16#672C], [16#1F600], [<<"ab">>, "cd", [16#E9 | <<"é"/utf8>>]],
           <<"plain">>, <<"ünï"/utf8>>, [], <<>>, [[[], <<>>]]],
    [erlang:display({I, t(fun() -> unicode:characters_to_binary(?MODULE:id(I)) end),
                     t(fun() -> unicode:characters_to_list(?MODULE:id(I)) end)}) || I <- Ins],
    Encs = [latin1, utf8, unicode, utf16, {utf16, little}, utf32, {utf32, little}],
    [erlang:display({E, t(fun() -> unicode:characters_to_binary(?MODULE:id([$a, 16#E9, 16#20AC, 16#10348]), unicode, E) end)})
     || E <- Encs],
    [erlang:display({E, t(fun() -> unicode:characters_to_binary(?MODULE:id([$a, 16#E9]), unicode, E) end)}) || E <- Encs],
    Encoded = [{utf16, <<0, $a, 16#D8, 16#00, 16#DF, 16#48>>}, {{utf16, little}, <<$a, 0, 16#00, 16#D8, 16#48, 16#DF>>},
               {utf32, <<0, 0, 0, $a, 0, 1, 3, 16#48>>}, {{utf32, little}, <<$a, 0, 0, 0>>}, {latin1, <<16#E9, $x>>},
               {utf16, <<0, $a, 16#D8>>}, {utf16, <<16#DC, 0>>}, {utf32, <<0, 0, 16#D8, 0>>}, {utf32, <<0, 16#11, 0, 0>>},
               {utf32, <<0, 0, 0>>}],
    [erlang:display({E, B, t(fun() -> unicode:characters_to_list(?MODULE:id(B), E) end),
                     t(fun() -> unicode:characters_to_binary(?MODULE:id(B), E) end)}) || {E, B} <- Encoded],
    Bad = [<<16#C3>>, <<"ab", 16#E6, 16#97>>, <<"ok", 16#FF, "more">>, <<16#ED, 16#A0, 16#80>>, <<16#C0, 16#AF>>,
           [<<"ok">>, <<16#E6>>, <<16#97, 16#A5>>], [$a, <<16#E6>>]],
    [erlang:display({B, t(fun() -> unicode:characters_to_binary(?MODULE:id(B)) end),
                     t(fun() -> unicode:characters_to_list(?MODULE:id(B)) end)}) || B <- Bad],
    BadArg = [[16#D800], [16#110000], [-1], [a], abc, [1.0], [$a | b], 16#41, [<<1:1>>]],
    [erlang:display({B, t(fun() -> unicode:characters_to_binary(?MODULE:id(B)) end),
                     t(fun() -> unicode:characters_to_list(?MODULE:id(B)) end)}) || B <- BadArg],
    erlang:display(t(fun() -> unicode:characters_to_binary([16#100], unicode, latin1) end)),
    erlang:display(t(fun() -> unicode:characters_to_binary([$a, 16#100, $b], unicode, latin1) end)),
    erlang:display(t(fun() -> unicode:characters_to_binary("x", bogus) end)),
    Long = lists:seq(0, 16#D7FF, 3) ++ lists:seq(16#E000, 16#10FFFF, 997),
    U8 = unicode:characters_to_binary(Long),
    U16 = unicode:characters_to_binary(Long, unicode, utf16),
    U32 = unicode:characters_to_binary(Long, unicode, {utf32, little}),
    erlang:display({byte_size(U8), byte_size(U16), byte_size(U32), erlang:crc32(U8), erlang:crc32(U16)}),
    erlang:display({unicode:characters_to_list(U8) =:= Long, unicode:characters_to_list(U16, utf16) =:= Long,
                    unicode:characters_to_list(U32, {utf32, little}) =:= Long}),
    ok.
