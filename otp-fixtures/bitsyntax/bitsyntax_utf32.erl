%% utf32 segments in big and little endian: valid code points, surrogates and values above
%% 16#10FFFF (badarg on construction, no match on matching), and a mixed utf8/16/32 transcoder.
-module(bitsyntax_utf32).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

dec(B) -> case B of <<C/utf32, R/bits>> -> {C, R}; _ -> nomatch end.
decl(B) -> case B of <<C/utf32-little, R/bits>> -> {C, R}; _ -> nomatch end.

main() ->
    Cps = ?MODULE:id([0, $a, 16#D7FF, 16#D800, 16#DFFF, 16#E000, 16#10FFFF, 16#110000, 16#FFFFFFFF, -1, 1.0]),
    [erlang:display({C, t(fun() -> <<C/utf32>> end), t(fun() -> <<C/utf32-little>> end)}) || C <- Cps],
    Seqs = ?MODULE:id([<<0, 0, 0, $a>>, <<$a, 0, 0, 0>>, <<0, 16#10, 16#FF, 16#FF>>, <<0, 16#11, 0, 0>>,
                       <<0, 0, 16#D8, 0>>, <<16#FF, 16#FF, 16#FF, 16#FF>>, <<0, 0, 0>>, <<0, 0, 0, $a, $b>>, <<>>]),
    [erlang:display({S, dec(S), decl(S)}) || S <- Seqs],
    Text = ?MODULE:id([$x, 16#3B1, 16#1F4A9, 16#FFFD]),
    U8 = << <<C/utf8>> || C <- Text >>,
    U16 = << <<C/utf16>> || <<C/utf8>> <= U8 >>,
    U32 = << <<C/utf32>> || <<C/utf16>> <= U16 >>,
    Back = << <<C/utf8>> || <<C/utf32>> <= U32 >>,
    erlang:display({U8, U16, U32, Back =:= U8}),
    ok.
