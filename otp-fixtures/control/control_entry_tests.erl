%% Local calls into functions whose first clause starts with a comparison of an argument
%% against a small integer or another argument (=:=, <, >=): arguments of every type (small and
%% big integers, floats, atoms, lists, tuples), body, last and only calls, and loops long
%% enough to be preempted between a call and its target's first test.
-module(control_entry_tests).
-export([main/0]).

main() ->
    Values = [0, 1, 2, -1, 1.0, 2.0, 0.0, -0.0, 1 bsl 64, -(1 bsl 64), a, [], [1], {0}, <<>>],
    erlang:display([{V, eq0(V), lt2(V), ge2(V)} || V <- Values]),
    erlang:display([{A, B, lt(A, B), ge(A, B)} || A <- Values, B <- [0, 1.0, 1 bsl 64, a]]),
    erlang:display(count(3000000, 0)),
    erlang:display(fib(21)),
    erlang:display(fib(21.0)),
    erlang:display(tak(18, 12, 6)),
    erlang:display(tak(18.0, 12, 6.0)),
    erlang:display(down(1 bsl 62 + 5, 0)),
    erlang:display(catch down(foo, 0)),
    ok.

eq0(0) -> zero;
eq0(_) -> other.

lt2(N) when N < 2 -> small;
lt2(_) -> big.

ge2(N) when N >= 2 -> yes;
ge2(_) -> no.

lt(A, B) when A < B -> true;
lt(_, _) -> false.

ge(A, B) when A >= B -> true;
ge(_, _) -> false.

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

down(N, Acc) when N >= 1 bsl 62 -> down(N - 1, Acc + 1);
down(N, Acc) when is_integer(N) -> {N, Acc}.
