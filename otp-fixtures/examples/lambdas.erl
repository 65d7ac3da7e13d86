%% Example module for the disassembly snapshots: funs, closures, external funs, comprehensions.
-module(lambdas).
-export([adder/1, compose/2, apply_all/2, squares/1, ext/0, pairs/2]).

adder(N) -> fun(X) -> X + N end.

compose(F, G) -> fun(X) -> F(G(X)) end.

apply_all(Fs, X) -> [F(X) || F <- Fs].

squares(Xs) -> lists:map(fun(X) -> X * X end, Xs).

ext() -> {fun lists:reverse/1, fun ?MODULE:adder/1, fun erlang:'+'/2}.

pairs(Xs, Ys) -> [{X, Y} || X <- Xs, Y <- Ys, X =/= Y].
