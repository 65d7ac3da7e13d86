%% apply/2, apply/3 and erlang:apply on local funs, external funs, BIFs, operators and exported
%% functions, with argument lists of several lengths; errors for bad arguments.
-module(bif_apply).
-export([main/0, add/2, nothing/0, many/10]).

t(F) -> try F() catch C:R -> {C, R} end.

add(A, B) -> A + B.
nothing() -> nothing_here.
many(A, B, C, D, E, F, G, H, I, J) -> [J, I, H, G, F, E, D, C, B, A].

main() ->
    erlang:display(apply(fun(X) -> X * 2 end, [21])),
    erlang:display(apply(fun ?MODULE:add/2, [1, 2])),
    erlang:display(apply(?MODULE, add, [3, 4])),
    erlang:display(apply(?MODULE, nothing, [])),
    erlang:display(apply(?MODULE, many, lists:seq(1, 10))),
    erlang:display(apply(erlang, element, [2, {a, b}])),
    erlang:display(apply(erlang, '+', [1, 2])),
    erlang:display(apply(lists, seq, [1, 5])),
    erlang:display(erlang:apply(lists, reverse, [[1, 2, 3]])),
    erlang:display(apply(fun erlang:tuple_size/1, [{1, 2}])),
    M = lists, F = sum,
    erlang:display(M:F([1, 2, 3])),
    erlang:display(t(fun() -> apply(?MODULE, add, [1]) end)),
    erlang:display(t(fun() -> apply(?MODULE, add, [1 | 2]) end)),
    erlang:display(t(fun() -> apply(1, add, []) end)),
    erlang:display(t(fun() -> apply(fun(X) -> X end, []) end)),
    erlang:display([apply(Fn, [10]) || Fn <- [fun(X) -> X + 1 end, fun erlang:abs/1, fun integer_to_list/1]]),
    ok.
