%% iolist_size/1 and erlang:iolist_size on flat, deep and improper iolists, and badarg for
%% bitstrings and bad elements; the sizes must agree with iolist_to_binary.
-module(binary_iolist_size).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Xs = [<<>>, <<"abc">>, [], "abc", [[], [[]]], [<<"ab">> | <<"cd">>], [$a | <<"b">>], [1, [2, [3]], <<4, 5>>],
          binary:copy(<<"x">>, 1000), [binary:copy(<<"x">>, 100) || _ <- lists:seq(1, 100)],
          <<1:1>>, [<<1:1>>], [256], [-1], abc, 1, [$a | b], [[1 | 2]], [<<1>>, [x]]],
    [erlang:display({t(fun() -> iolist_size(?MODULE:id(X)) end),
                     t(fun() -> byte_size(iolist_to_binary(?MODULE:id(X))) end)}) || X <- Xs],
    Deep = lists:foldl(fun(_, Acc) -> [Acc, $a] end, [], lists:seq(1, 100000)),
    erlang:display(iolist_size(Deep)),
    Nested = lists:foldl(fun(_, Acc) -> [Acc | <<"bc">>] end, <<"a">>, lists:seq(1, 100000)),
    erlang:display(iolist_size(Nested)),
    G = fun(X) when is_list(X) -> try iolist_size(X) of N when N > 3 -> long; _ -> short catch _:_ -> bad end end,
    [erlang:display(G(X)) || X <- ["ab", "abcd", [a]]],
    ok.
