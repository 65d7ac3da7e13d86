%% erlang:append/2 and subtract/2 as ++ and --.
-module(bif2_appends).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:append("ab", "cd") end)),
    erlang:display(t(fun() -> erlang:append([], []) end)),
    erlang:display(t(fun() -> erlang:append([1], 2) end)),
    erlang:display(t(fun() -> erlang:append(1, [2]) end)),
    erlang:display(t(fun() -> erlang:append([1 | 2], [3]) end)),
    erlang:display(t(fun() -> erlang:subtract([a, b, a, c], [a, c]) end)),
    erlang:display(t(fun() -> erlang:subtract([], [a]) end)),
    erlang:display(t(fun() -> erlang:subtract([1, 2], [3 | 4]) end)),
    erlang:display(t(fun() -> erlang:subtract(x, []) end)),
    erlang:display(t(fun() -> erlang:'++'([1], [2]) end)),
    erlang:display(t(fun() -> erlang:'--'([1, 1], [1]) end)),
    ok.
