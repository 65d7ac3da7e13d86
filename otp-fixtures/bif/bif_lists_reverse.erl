%% lists:reverse/1,2 (a BIF in ERTS): empty, short, long, improper tails, non-list arguments.
-module(bif_lists_reverse).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display([t(fun() -> lists:reverse(L) end) || L <- [[], [1], [1, 2, 3], "abc", [[a], [b]], [1 | 2], a]]),
    erlang:display([t(fun() -> lists:reverse(L, T) end)
                    || {L, T} <- [{[], []}, {[1, 2], [3]}, {[1, 2], tail}, {[], tail}, {[1 | x], []},
                                  {x, []}, {[1], [2 | 3]}, {"ab", "cd"}]]),
    Long = lists:seq(1, 500000),
    R = lists:reverse(Long),
    erlang:display({length(R), hd(R), lists:last(R), lists:reverse(R) =:= Long}),
    erlang:display(lists:sum(lists:reverse(Long, Long))),
    erlang:display(length(lists:reverse(lists:duplicate(300000, x), lists:seq(1, 10)))),
    ok.
