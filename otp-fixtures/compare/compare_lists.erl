%% Lists compare element by element; a proper prefix is smaller; improper tails compare as terms;
%% strings are lists of integers.
-module(compare_lists).
-export([main/0]).

main() ->
    Ls = [[], [1], [1, 2], [1, 2, 3], [2], [1 | 2], [1 | a], [1, 2 | 3], "abc", "abd", "ab",
          [a], [[]], [[1]], [1.0], [1.0, 2], [{}], [1 | []], [0 | 1.5], [a | b], [[] | []]],
    [erlang:display({A, B, A < B, A == B, A =:= B}) || A <- Ls, B <- Ls],
    erlang:display(lists:sort(Ls)),
    ok.
