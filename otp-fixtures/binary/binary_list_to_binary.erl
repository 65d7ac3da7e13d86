%% list_to_binary/1 with flat, deep and improper iolists (binary tails), bitstrings inside,
%% out-of-range bytes, atoms, negative numbers and other bad input: badarg as erl reports it.
-module(binary_list_to_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Good = [[], [0], [255], "abc", [<<>>], [<<"ab">>, $c], [[[[]]]], [[1, [2, [3, [4]]]], <<5>>],
            [$a | <<"bc">>], [[$a | <<"b">>] | <<"c">>], [<<1>>, [<<2>> | <<3>>] | <<4>>],
            [<<>> | <<>>], [[] | <<"x">>], lists:duplicate(3, [<<"xy">>, "z"])],
    [erlang:display(t(fun() -> list_to_binary(?MODULE:id(L)) end)) || L <- Good],
    Bad = [[256], [-1], [a], [1.0], [$a | b], [$a | 1], [<<1:3>>], [<<1>>, <<1:1>>], [[1, 2] | 3],
           <<"abc">>, abc, 1, [{1}], [[[[[[[a]]]]]]], [$a, [$b | c]], [1 bsl 64], ["abc" | "def"]],
    [erlang:display({L, t(fun() -> list_to_binary(?MODULE:id(L)) end)}) || L <- Bad],
    Deep = lists:foldl(fun(I, Acc) -> [Acc, I rem 256] end, [], lists:seq(1, 20000)),
    DB = list_to_binary(Deep),
    erlang:display({byte_size(DB), erlang:crc32(DB)}),
    Right = lists:foldl(fun(I, Acc) -> [I rem 256 | Acc] end, <<"end">>, lists:seq(1, 20000)),
    RB = list_to_binary(Right),
    erlang:display({byte_size(RB), binary:part(RB, byte_size(RB) - 5, 5)}),
    Nested = lists:foldl(fun(_, Acc) -> [Acc] end, [<<"core">>], lists:seq(1, 100000)),
    erlang:display(list_to_binary(Nested)),
    Mixed = [binary:copy(<<"big">>, 100), [1, 2, 3], binary:part(binary:copy(<<"q">>, 200), 10, 70), "tail"],
    MB = list_to_binary(Mixed),
    erlang:display({byte_size(MB), erlang:crc32(MB)}),
    ok.
