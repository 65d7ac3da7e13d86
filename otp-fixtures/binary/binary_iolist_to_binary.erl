%% iolist_to_binary/1: binaries pass through, deep and improper iolists, the binary-tail case,
%% bitstrings and bad elements (badarg), and very long and very deep iolists.
-module(binary_iolist_to_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Good = [<<>>, <<"abc">>, [], "abc", [<<"a">>, "b", [$c, [<<"d">>]]], [$x | <<"y">>],
            [[[] | <<>>] | <<"z">>], [0, 255, <<0, 255>>], [[[[[[[[<<"deep">>]]]]]]]]],
    [erlang:display(t(fun() -> iolist_to_binary(?MODULE:id(X)) end)) || X <- Good],
    Bad = [<<1:1>>, [<<1:7>>], abc, 42, [256], [-1], [$a | $b], [<<"a">> | abc], {<<"a">>}, [[<<>>, x]],
           [3.0], [$a | 1.0], #{}],
    [erlang:display({X, t(fun() -> iolist_to_binary(?MODULE:id(X)) end)}) || X <- Bad],
    Sub = binary:part(binary:copy(<<"0123456789">>, 10), 5, 20),
    erlang:display(iolist_to_binary([Sub, Sub])),
    erlang:display(iolist_to_binary(Sub) =:= Sub),
    Long = [integer_to_list(I) || I <- lists:seq(1, 30000)],
    LB = iolist_to_binary(Long),
    erlang:display({byte_size(LB), erlang:crc32(LB), binary:part(LB, 0, 12)}),
    Deep = lists:foldl(fun(I, Acc) -> [Acc | <<I:16>>] end, <<>>, lists:seq(1, 5000)),
    DB = iolist_to_binary(Deep),
    erlang:display({byte_size(DB), erlang:crc32(DB)}),
    DeepBad = lists:foldl(fun(_, Acc) -> [Acc] end, [1, 2, oops], lists:seq(1, 50000)),
    erlang:display(t(fun() -> iolist_to_binary(DeepBad) end)),
    ok.
