%% Body (non-tail) recursion to large depths: the stack grows to hundreds of thousands of frames
%% and must come back down correctly.
-module(control_body_recursion).
-export([main/0]).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

sum_tree(leaf) -> 0;
sum_tree({L, V, R}) -> sum_tree(L) + V + sum_tree(R).

build(0) -> leaf;
build(N) -> {build(N - 1), N, leaf}.

main() ->
    L = lists:seq(1, 1000000),
    erlang:display(len(L)),
    M = map(fun(X) -> X * 2 end, L),
    erlang:display({length(M), lists:last(M)}),
    erlang:display(sum_tree(build(300000))),
    erlang:display(ackermann(2, 2000)),
    erlang:display(ackermann(3, 6)),
    ok.

ackermann(0, N) -> N + 1;
ackermann(M, 0) -> ackermann(M - 1, 1);
ackermann(M, N) -> ackermann(M - 1, ackermann(M, N - 1)).
