%% Sequences the loader fuses into one instruction, through their fast paths and their slow
%% paths: moves of X, Y and constant operands in pairs and triples, a result moved into x0 before
%% returning, the head of list-walking clauses on lists, improper lists and non-lists, list cells
%% built straight after the heap test (with garbage collections), float elements of tuples
%% loaded into float registers (and a non-float one), comparisons of two X registers over every
%% kind of term, and two counter updates in a row that overflow into bignums, take floats or
%% raise badarith, with the stack traces erl shows; `*`, `rem` and `div` of small integers, bignums,
%% floats and zero, in bodies and in guards.
-module(control_fused).
-export([main/0, id/1]).

id(X) -> X.

%% Move2/Move3 with Y registers and constants; MoveDeallocateReturn of a Y register.
shuffle(A, B, C) ->
    R = ?MODULE:id({A, B}),
    {C, B, A, R, 7, [], "k"}.

keep(A, B) ->
    _ = ?MODULE:id(A),
    B.

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

lt(X, Y) when X < Y -> lt;
lt(_, _) -> ge.

ge(X, Y) when X >= Y -> ge;
ge(_, _) -> lt.

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

steps(N, Acc) when N =< 0 -> Acc;
steps(N, Acc) -> steps(N - 2, Acc + 3).

down(N, 0) -> N;
down(N, K) -> down(N - 1, K - 1).

len([_ | T], N) -> len(T, N + 1);
len([], N) -> N;
len(Other, N) -> {improper, Other, N}.

double([H | T]) -> [2 * H | double(T)];
double([]) -> [].

dist({X1, Y1}, {X2, Y2}) ->
    DX = X1 - X2,
    DY = Y1 - Y2,
    DX * DX + DY * DY.

arith(A, B) ->
    [catching(fun() -> A * B end), catching(fun() -> A rem B end),
     catching(fun() -> A div B end), guarded(A, B)].

guarded(A, B) when A rem B =:= 0, A div B > 1 -> {even_split, A * B};
guarded(_, _) -> other.

catching(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:St -> {C, R, St}
    end.

main() ->
    erlang:display(shuffle(1, two, 3.0)),
    erlang:display(keep(a, {b})),
    erlang:display(tak(18, 12, 6)),
    Terms = [-1, 0, 5, 1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 70,
             2.5, -0.0, 0.0, atom, {t}, [l], "", <<"b">>, self(), make_ref(), #{}],
    erlang:display([{lt(A, B), ge(A, B)} || A <- Terms, B <- Terms]),
    erlang:display(count(100000, 0)),
    erlang:display(count(10, 1 bsl 59 - 5)),
    erlang:display(count(3, -(1 bsl 59))),
    erlang:display(steps(10, 0)),
    erlang:display(steps(7.5, 0.5)),
    erlang:display({down(1 bsl 64, 3), down(-(1 bsl 59) + 2, 4), down(1.5, 2)}),
    erlang:display(catching(fun() -> count(foo, 0) end)),
    erlang:display(catching(fun() -> count(4, bar) end)),
    erlang:display({len(lists:seq(1, 1000), 0), len([a, b | c], 0), len(x, 0)}),
    L = double(lists:seq(1, 200000)),
    erlang:display({length(L), lists:sum(L), lists:last(L)}),
    erlang:display(catching(fun() -> double([1, 2, x]) end)),
    erlang:display([arith(A, B) || A <- [7, -7, 12, 0, 1 bsl 40, -(1 bsl 59), 1 bsl 62, 2.5],
                                   B <- [2, -2, 3, 0, 1 bsl 30, -1, 1 bsl 62, 0.5]]),
    erlang:display(dist({1.5, 2.5}, {0.5, 0.25})),
    erlang:display(catching(fun() -> dist({1, 2.0}, {0.5, 1.0}) end)),
    erlang:display(catching(fun() -> dist({1.0, 2.0}, {0.5, nan}) end)),
    erlang:display(catching(fun() -> dist({1.0e300, 2.0}, {-1.0e300, 1.0}) end)).
