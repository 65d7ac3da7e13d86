%% Building lists and tuples in many ways: accumulate and reverse, body-recursive construction,
%% ++ in loops, lists:foldr, comprehensions over tuples converted to lists, and tuple grids.
-module(control_list_building).
-export([main/0]).

acc(0, A) -> lists:reverse(A);
acc(N, A) -> acc(N - 1, [N * N | A]).

body(0) -> [];
body(N) -> [N | body(N - 1)].

appends(0, L) -> L;
appends(N, L) -> appends(N - 1, L ++ [N]).

main() ->
    erlang:display(lists:sublist(acc(100000, []), 5)),
    erlang:display(lists:sum(body(100000))),
    erlang:display(appends(300, [])),
    erlang:display(lists:foldr(fun(X, A) -> [X, X | A] end, [], [a, b, c])),
    Grid = list_to_tuple([list_to_tuple([R * 10 + C || C <- lists:seq(0, 9)]) || R <- lists:seq(0, 9)]),
    erlang:display(Grid),
    erlang:display([element(I, element(I, Grid)) || I <- lists:seq(1, 10)]),
    Transposed = list_to_tuple([list_to_tuple([element(R, element(C, Grid)) || C <- lists:seq(1, 10)]) || R <- lists:seq(1, 10)]),
    erlang:display(element(3, Transposed)),
    erlang:display(lists:zip(lists:seq(1, 5), tuple_to_list(element(5, Grid)) -- [40, 41, 42, 43, 44])),
    ok.
