%% binary:match/2,3 with single and multiple patterns (the longest match at the first position
%% wins), {scope,{Start,Len}} including negative lengths, compiled patterns, and badarg cases.
-module(binary_mod_match).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    S = ?MODULE:id(<<"abracadabra">>),
    Ps = [<<"a">>, <<"abra">>, <<"cad">>, <<"z">>, <<"abracadabra">>, <<"abracadabrax">>, [<<"b">>, <<"ab">>],
          [<<"ab">>, <<"abr">>, <<"abra">>], [<<"ra">>, <<"d">>], [<<"dab">>, <<"cadab">>], [<<"zz">>, <<"a">>]],
    [erlang:display({P, t(fun() -> binary:match(S, ?MODULE:id(P)) end)}) || P <- Ps],
    Scopes = [{0, 11}, {1, 10}, {4, 3}, {11, 0}, {11, -11}, {11, -4}, {5, 6}, {0, 12}, {12, 0}, {-1, 2}, {3, -4}],
    [erlang:display({Sc, t(fun() -> binary:match(S, <<"a">>, [{scope, ?MODULE:id(Sc)}]) end),
                     t(fun() -> binary:match(S, [<<"ab">>, <<"ra">>], [{scope, ?MODULE:id(Sc)}]) end)}) || Sc <- Scopes],
    Bad = [<<>>, [], [<<>>], [<<"a">>, <<>>], "a", a, [a], <<1:1>>],
    [erlang:display({bad, P, t(fun() -> binary:match(S, ?MODULE:id(P)) end)}) || P <- Bad],
    erlang:display(t(fun() -> binary:match(?MODULE:id("abc"), <<"a">>) end)),
    erlang:display(t(fun() -> binary:match(?MODULE:id(<<1, 2:3>>), <<1>>) end)),
    erlang:display(t(fun() -> binary:match(S, <<"a">>, [bogus]) end)),
    erlang:display(t(fun() -> binary:match(S, <<"a">>, [{scope, {0, 1}} | x]) end)),
    CP = binary:compile_pattern([<<"cad">>, <<"bra">>]),
    erlang:display(binary:match(S, CP)),
    erlang:display(binary:match(S, CP, [{scope, {2, 9}}])),
    Big = <<(binary:copy(<<"x">>, 100000))/binary, "needle", (binary:copy(<<"y">>, 1000))/binary>>,
    erlang:display(binary:match(Big, <<"needle">>)),
    erlang:display(binary:match(Big, [<<"yy">>, <<"eedl">>, <<"xxn">>])),
    erlang:display(binary:match(Big, <<"xneedley">>)),
    erlang:display(binary:match(Big, <<"needle">>, [{scope, {100001, 10}}])),
    Bytes = list_to_binary(lists:seq(0, 255)),
    erlang:display([binary:match(Bytes, <<I>>) || I <- [0, 1, 127, 128, 254, 255]]),
    erlang:display(binary:match(<<"aaaaaaaaab">>, <<"aaab">>)),
    erlang:display(binary:match(<<"äöü"/utf8>>, <<"ö"/utf8>>)),
    ok.
