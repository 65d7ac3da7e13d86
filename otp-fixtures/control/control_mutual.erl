%% Mutual recursion with mixed body and tail calls: a recursive-descent evaluator for arithmetic
%% expressions given as tokens, and Hofstadter's Female and Male sequences.
-module(control_mutual).
-export([main/0]).

expr(Ts) -> {V, R} = term(Ts), expr_rest(V, R).
expr_rest(Acc, ['+' | Ts]) -> {V, R} = term(Ts), expr_rest(Acc + V, R);
expr_rest(Acc, ['-' | Ts]) -> {V, R} = term(Ts), expr_rest(Acc - V, R);
expr_rest(Acc, Ts) -> {Acc, Ts}.

term(Ts) -> {V, R} = factor(Ts), term_rest(V, R).
term_rest(Acc, ['*' | Ts]) -> {V, R} = factor(Ts), term_rest(Acc * V, R);
term_rest(Acc, ['/' | Ts]) -> {V, R} = factor(Ts), term_rest(Acc div V, R);
term_rest(Acc, Ts) -> {Acc, Ts}.

factor(['(' | Ts]) -> {V, [')' | R]} = expr(Ts), {V, R};
factor(['-' | Ts]) -> {V, R} = factor(Ts), {-V, R};
factor([N | Ts]) when is_integer(N) -> {N, Ts}.

f(0) -> 1;
f(N) -> N - m(f(N - 1)).
m(0) -> 0;
m(N) -> N - f(m(N - 1)).

main() ->
    erlang:display(expr([1, '+', 2, '*', 3])),
    erlang:display(expr(['(', 1, '+', 2, ')', '*', 3, '-', '-', 4])),
    erlang:display(expr([2, '*', '(', 3, '+', 4, ')', '*', '(', 5, '-', 1, ')', '/', 3])),
    Deep = lists:duplicate(5000, '(') ++ [7] ++ lists:duplicate(5000, ')'),
    erlang:display(expr(Deep)),
    erlang:display(catch expr([1, '+'])),
    erlang:display([f(N) || N <- lists:seq(0, 25)]),
    erlang:display([m(N) || N <- lists:seq(0, 25)]),
    ok.
