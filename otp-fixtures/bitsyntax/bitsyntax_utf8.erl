%% utf8 segments: encoding every length class (1..4 bytes) at its boundaries, surrogates and
%% out-of-range code points (badarg), matching valid and invalid sequences (overlong, truncated,
%% stray continuation bytes, surrogates), and utf8 in binary generators.
-module(bitsyntax_utf8).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

dec(B) -> case B of <<C/utf8, Rest/bits>> -> {C, Rest}; _ -> nomatch end.

main() ->
    Cps = ?MODULE:id([0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#D7FF, 16#E000,
                      16#FFFE, 16#D800, 16#DFFF, 16#110000, -1, 1 bsl 64, a, 1.0]),
    [erlang:display({C, t(fun() -> <<C/utf8>> end)}) || C <- Cps],
    Seqs = ?MODULE:id([<<"a">>, <<16#C2, 16#80>>, <<16#DF, 16#BF>>, <<16#E0, 16#A0, 16#80>>, <<16#EF, 16#BF, 16#BF>>,
                       <<16#F0, 16#90, 16#80, 16#80>>, <<16#F4, 16#8F, 16#BF, 16#BF>>, <<16#C0, 16#80>>, <<16#C1, 16#BF>>,
                       <<16#E0, 16#80, 16#80>>, <<16#F0, 16#80, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>,
                       <<16#ED, 16#9F, 16#BF>>, <<16#F4, 16#90, 16#80, 16#80>>, <<16#F5, 16#80, 16#80, 16#80>>,
                       <<16#80>>, <<16#BF>>, <<16#C2>>, <<16#E0, 16#A0>>, <<16#F0, 16#90, 16#80>>, <<16#C2, 16#41>>,
                       <<16#FE>>, <<16#FF>>, <<>>, <<16#C2, 16#80, 16#C2>>, <<1:1, 0:7, 1:3>>, <<"é"/utf8, 5:3>>]),
    [erlang:display({S, dec(S)}) || S <- Seqs],
    Str = ?MODULE:id(<<"aé€😀z"/utf8>>),
    erlang:display([C || <<C/utf8>> <= Str]),
    erlang:display([C || <<C/utf8>> <= ?MODULE:id(<<"ab", 16#FF, "cd">>)]),
    erlang:display(<< <<C/utf8>> || C <- ?MODULE:id([$h, 16#E9, 16#3042, 16#1F600]) >>),
    <<A/utf8, B/utf8, Rest/binary>> = Str,
    erlang:display({A, B, Rest}),
    erlang:display(t(fun() -> <<_/utf8, X/utf8, _/binary>> = ?MODULE:id(<<"a", 16#C3>>), X end)),
    All = << <<C/utf8>> || C <- lists:seq(0, 16#D7FF, 7) ++ lists:seq(16#E000, 16#10FFFF, 331) >>,
    Back = [C || <<C/utf8>> <= All],
    erlang:display({byte_size(All), length(Back), lists:sum(Back), erlang:crc32(All)}),
    ok.
