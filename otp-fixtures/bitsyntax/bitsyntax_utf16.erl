%% utf16 segments in big and little endian: BMP and supplementary code points (surrogate pairs),
%% invalid code points (badarg), lone and reversed surrogates and truncated pairs on matching.
-module(bitsyntax_utf16).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

dec(B) -> case B of <<C/utf16, R/bits>> -> {C, R}; _ -> nomatch end.
decl(B) -> case B of <<C/utf16-little, R/bits>> -> {C, R}; _ -> nomatch end.

main() ->
    Cps = ?MODULE:id([0, $a, 16#FF, 16#D7FF, 16#E000, 16#FFFF, 16#10000, 16#10437, 16#10FFFF, 16#D800, 16#DFFF,
                      16#110000, -1, x]),
    [erlang:display({C, t(fun() -> <<C/utf16>> end), t(fun() -> <<C/utf16-little>> end),
                     t(fun() -> <<C/utf16-native>> =:= <<C/utf16-little>> end)}) || C <- Cps],
    Seqs = ?MODULE:id([<<0, $a>>, <<16#D8, 16#01, 16#DC, 16#37>>, <<16#DB, 16#FF, 16#DF, 16#FF>>, <<16#D8, 0>>,
                       <<16#DC, 0>>, <<16#DC, 0, 16#D8, 0>>, <<16#D8, 0, 0, $a>>, <<16#D8, 16#01, 16#DC>>, <<0>>, <<>>,
                       <<16#FF, 16#FE>>, <<16#D8, 16#00, 16#D8, 16#00>>, <<0, $a, 1:1>>]),
    [erlang:display({S, dec(S), decl(S)}) || S <- Seqs],
    Str = << <<C/utf16>> || C <- ?MODULE:id([$H, 16#E9, 16#20AC, 16#1D11E, $!]) >>,
    erlang:display({Str, [C || <<C/utf16>> <= Str]}),
    StrL = << <<C/utf16-little>> || C <- ?MODULE:id([$H, 16#1D11E]) >>,
    erlang:display({StrL, [C || <<C/utf16-little>> <= StrL], [C || <<C/utf16>> <= StrL]}),
    ok.
