%% Arithmetic inside guards: an exception in a guard makes the guard fail rather than raise, and
%% the next clause is tried.
-module(arith_guards).
-export([main/0]).

classify(X, Y) when X + Y > 10 -> big_sum;
classify(X, Y) when X div Y > 2 -> big_quotient;
classify(X, Y) when X rem Y =:= 0 -> divides;
classify(X, _) when abs(X) > 100 -> large;
classify(X, _) when trunc(X) =:= 1 -> truncates_to_one;
classify(X, Y) when X bsl Y > 1000 -> shifts_big;
classify(X, Y) when X / Y < 0.5 -> small_ratio;
classify(_, _) -> other.

main() ->
    Vs = [0, 1, 3, -4, 7, 1.5, 1000, 1 bsl 70, a, [1], 0.0],
    [erlang:display({X, Y, classify(X, Y)}) || X <- Vs, Y <- Vs],
    [erlang:display({X, g(X)}) || X <- Vs],
    ok.

g(X) when is_number(X), (X * 2 > 5) orelse (X / 0 > 1) -> double_big;
g(X) when (X * 2 > 5) or (X > 0) -> or_clause;
g(X) when not (X + 1 > 1) -> not_clause;
g(_) -> fallthrough.
