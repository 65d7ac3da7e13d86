%% Comparisons used in guards and in case clauses, including comparisons between different types
%% and equality of structured terms with floats inside.
-module(compare_guards).
-export([main/0]).

cls(X) when X < 0 -> negative;
cls(X) when X == 0 -> zero;
cls(X) when is_number(X), X > 1000000000000000000000 -> huge;
cls(X) when is_number(X) -> positive;
cls(X) when X < {} -> atom_ish;
cls(X) when X >= [] , X < <<>> -> list_ish;
cls(_) -> other.

same(X, Y) when X =:= Y -> exact;
same(X, Y) when X == Y -> equal;
same(_, _) -> different.

main() ->
    Vs = [-1, 0, 0.0, -0.0, 7, 1 bsl 75, a, make_ref_free, {1}, [], [1], "s", <<>>, {1.0}, [1.0]],
    [erlang:display({X, cls(X)}) || X <- Vs],
    [erlang:display({X, Y, same(X, Y)}) || X <- Vs, Y <- [0, {1}, [1], 1]],
    ok.
