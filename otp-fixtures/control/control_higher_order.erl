%% Higher-order functions written here (not from lists): fold, map, filter, zipWith, iterate,
%% function composition and fixed points, over lists of numbers and tuples.
-module(control_higher_order).
-export([main/0]).

foldl(_, Acc, []) -> Acc;
foldl(F, Acc, [H | T]) -> foldl(F, F(H, Acc), T).

foldr(_, Acc, []) -> Acc;
foldr(F, Acc, [H | T]) -> F(H, foldr(F, Acc, T)).

iterate(_, X, 0) -> [X];
iterate(F, X, N) -> [X | iterate(F, F(X), N - 1)].

fix(F, X) -> case F(X) of X -> X; Y -> fix(F, Y) end.

zip_with(F, [A | As], [B | Bs]) -> [F(A, B) | zip_with(F, As, Bs)];
zip_with(_, _, _) -> [].

main() ->
    L = lists:seq(1, 20),
    erlang:display(foldl(fun(X, A) -> A * X end, 1, L)),
    erlang:display(foldr(fun(X, A) -> [X * X | A] end, [], L)),
    erlang:display(iterate(fun(X) -> X * 3 + 1 end, 1, 15)),
    erlang:display(fix(fun(X) -> (X + 1000000 div X) div 2 end, 1000000)),
    erlang:display(zip_with(fun(A, B) -> {A, B, A * B} end, L, lists:reverse(L))),
    Pipeline = [fun(X) -> X + 1 end, fun(X) -> X * X end, fun integer_to_list/1, fun length/1],
    erlang:display([foldl(fun(F, A) -> F(A) end, N, Pipeline) || N <- [1, 9, 99, 999, 1 bsl 40]]),
    ok.
