%% binary:matches/2,3: all non-overlapping matches left to right, longest-first for overlapping
%% patterns, scopes, compiled patterns, large inputs, and badarg cases.
-module(binary_mod_matches).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    S = ?MODULE:id(<<"abracadabra">>),
    Ps = [<<"a">>, <<"abra">>, <<"bra">>, <<"z">>, [<<"a">>, <<"ab">>], [<<"ab">>, <<"a">>],
          [<<"ra">>, <<"rac">>, <<"c">>], [<<"aca">>, <<"ada">>], [<<"abracadabra">>, <<"a">>]],
    [erlang:display({P, t(fun() -> binary:matches(S, ?MODULE:id(P)) end)}) || P <- Ps],
    erlang:display(binary:matches(<<"aaaaa">>, <<"aa">>)),
    erlang:display(binary:matches(<<"aaaaa">>, [<<"a">>, <<"aa">>, <<"aaa">>])),
    erlang:display(binary:matches(<<"abababab">>, <<"aba">>)),
    [erlang:display({Sc, t(fun() -> binary:matches(S, <<"a">>, [{scope, ?MODULE:id(Sc)}]) end)})
     || Sc <- [{0, 11}, {1, 9}, {11, -5}, {3, 0}, {0, 100}, {11, -12}]],
    [erlang:display({bad, P, t(fun() -> binary:matches(S, ?MODULE:id(P)) end)}) || P <- [<<>>, [], [<<"a">>, <<>>], x]],
    CP = binary:compile_pattern(<<"a">>),
    erlang:display(binary:matches(S, CP)),
    Text = binary:copy(<<"the cat sat on the mat. ">>, 5000),
    M1 = binary:matches(Text, <<"at">>),
    M2 = binary:matches(Text, [<<"the">>, <<"on">>, <<"mat">>]),
    erlang:display({length(M1), lists:last(M1), length(M2), lists:sublist(M2, 5)}),
    ok.
