%% Very long and very deep lists handled by BIFs and library code: length, reverse, flatten of a
%% deeply nested list, comparison and copying of deep structures.
-module(bif_deep_lists).
-export([main/0]).

main() ->
    Deep = lists:foldl(fun(X, Acc) -> [X, Acc] end, [], lists:seq(1, 100000)),
    Flat = lists:flatten(Deep),
    erlang:display({length(Flat), hd(Flat), lists:last(Flat)}),
    DeepTuple = lists:foldl(fun(X, Acc) -> {X, Acc} end, nil, lists:seq(1, 200000)),
    erlang:display(depth(DeepTuple, 0)),
    erlang:display(erlang:phash2(DeepTuple)),
    erlang:display(erlang:phash2(Deep)),
    Long = lists:seq(1, 2000000),
    erlang:display({length(Long), lists:sum(Long), length(lists:reverse(Long))}),
    Copy = [X || X <- Long],
    erlang:display(Copy =:= Long),
    Nested = lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, 300000)),
    erlang:display(Nested =:= lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, 300000))),
    erlang:display(byte_size(term_to_binary(Nested))),
    ok.

depth(nil, D) -> D;
depth({_, T}, D) -> depth(T, D + 1).
