%% List comprehensions: several generators, filters that are guards or arbitrary expressions,
%% patterns in generators that skip non-matching elements, nested comprehensions, binary generators.
-module(control_comprehensions).
-export([main/0]).

main() ->
    erlang:display([X * Y || X <- [1, 2, 3], Y <- [10, 20]]),
    erlang:display([{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), X + Y =:= 5]),
    erlang:display([X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {ok}, {ok, 3, x}, {ok, 4}]]),
    erlang:display([X || X <- [1, a, 2.0, "s", 3], is_integer(X)]),
    erlang:display([X || X <- lists:seq(1, 30), X rem 3 =:= 0, X rem 5 =/= 0]),
    erlang:display([[Y || Y <- lists:seq(1, X)] || X <- lists:seq(0, 4)]),
    erlang:display([{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C]),
    erlang:display([B * 2 || <<B>> <= <<1, 2, 3>>]),
    erlang:display(<< <<(B + 1)>> || <<B>> <= <<"HAL">> >>),
    erlang:display([X || X <- [], X > 1]),
    erlang:display(length([ok || _ <- lists:seq(1, 100000)])),
    erlang:display(qsort([5, 3, 8, 1, 9, 2, 7, 3, 3])),
    erlang:display(perms([a, b, c])),
    ok.

qsort([]) -> [];
qsort([P | Xs]) -> qsort([X || X <- Xs, X < P]) ++ [P] ++ qsort([X || X <- Xs, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
