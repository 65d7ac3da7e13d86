%% The list operators ++ and -- (erlang:'++'/2, erlang:'--'/2): improper right-hand sides,
%% duplicates (-- removes the first occurrence once per element), exact matching, long lists.
-module(bif_list_ops).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Pairs = [{[], []}, {[1], []}, {[], [1]}, {[1, 2], [3]}, {[1, 2], x}, {[1, 2], [3 | 4]},
             {[1 | 2], [3]}, {x, []}, {"ab", "cd"}, {[a, b, a, c, a], [a, a]}, {[1, 1.0, 1], [1]},
             {[1, 2, 3], [3, 2, 1, 0]}, {[{a}, {b}], [{a}]}],
    [erlang:display({A, B, t(fun() -> A ++ B end), t(fun() -> A -- B end)}) || {A, B} <- Pairs],
    Long = lists:seq(1, 20000),
    erlang:display(length(Long ++ Long)),
    erlang:display(Long -- lists:seq(2, 20000)),
    erlang:display(length(lists:seq(1, 5000) -- lists:seq(1, 5000, 2))),
    erlang:display(t(fun() -> erlang:'++'([1], [2]) end)),
    erlang:display(t(fun() -> erlang:'--'([1, 2], [2]) end)),
    ok.
