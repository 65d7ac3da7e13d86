%% binary:replace/3,4: first or all occurrences, several patterns, {insert_replaced,Pos} (one
%% position, a list, out of range), scope, empty replacements, and badarg cases.
-module(binary_mod_replace).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    S = ?MODULE:id(<<"abcde abcde">>),
    Cases = [{<<"b">>, <<"[]">>, []}, {<<"b">>, <<"[]">>, [global]}, {<<"b">>, <<>>, [global]},
             {[<<"b">>, <<"d">>], <<"X">>, [global]}, {[<<"bc">>, <<"b">>], <<"X">>, [global]},
             {<<"b">>, <<"[]">>, [{insert_replaced, 1}]}, {<<"b">>, <<"[]">>, [global, {insert_replaced, 1}]},
             {<<"b">>, <<"[]">>, [global, {insert_replaced, [0, 1, 2]}]}, {<<"b">>, <<"[]">>, [global, {insert_replaced, [1, 1]}]},
             {<<"b">>, <<"[]">>, [{insert_replaced, 3}]}, {<<"b">>, <<"[]">>, [{insert_replaced, -1}]},
             {<<"cd">>, <<"">>, [global, {insert_replaced, 0}]}, {<<"a">>, <<"A">>, [global, {scope, {1, 10}}]},
             {<<"a">>, <<"A">>, [{scope, {3, 8}}]}, {<<"z">>, <<"Z">>, [global]}, {<<"abcde abcde">>, <<"!">>, []},
             {<<>>, <<"x">>, []}, {<<"b">>, "str", []}, {<<"b">>, <<"x">>, [bogus]}, {<<"b">>, <<1:1>>, []}],
    [erlang:display({P, R, O, t(fun() -> binary:replace(S, ?MODULE:id(P), ?MODULE:id(R), ?MODULE:id(O)) end)})
     || {P, R, O} <- Cases],
    erlang:display(binary:replace(<<"aaa">>, <<"a">>, <<"aa">>, [global])),
    erlang:display(binary:replace(<<"aaaa">>, <<"aa">>, <<"a">>, [global])),
    erlang:display(binary:replace(<<"x">>, <<"x">>, <<"y">>)),
    Big = binary:copy(<<"hello world ">>, 10000),
    R1 = binary:replace(Big, <<"o">>, <<"00">>, [global]),
    R2 = binary:replace(Big, [<<"hello">>, <<"world">>], <<"<>">>, [global, {insert_replaced, 1}]),
    erlang:display({byte_size(R1), erlang:crc32(R1), byte_size(R2), binary:part(R2, 0, 30)}),
    ok.
