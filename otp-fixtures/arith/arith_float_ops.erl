%% Float arithmetic: exact results, rounding, overflow to badarith, underflow to zero and
%% subnormals, negative zero.
-module(arith_float_ops).
-export([main/0]).

%% Floats are shown exactly (shortest round-trip form) as well as by erlang:display/1.
t(F) -> try exact(F()) catch C:R -> {C, R} end.

exact(X) when is_float(X) -> {X, float_to_list(X, [short])};
exact(X) -> X.

main() ->
    Cases = [{1.0e308, 10.0}, {-1.0e308, 10.0}, {1.0e-308, 1.0e-10}, {5.0e-324, 0.5},
             {0.1, 0.2}, {1.0, 3.0}, {2.0, 0.0}, {-0.0, 1.0}, {1.7976931348623157e308, 1.0},
             {4.9e-324, 2.0}, {123456789.123, 987654321.987}, {1.0e16, 1.0}],
    [begin
         erlang:display({A, B}),
         erlang:display({'+', t(fun() -> A + B end)}),
         erlang:display({'-', t(fun() -> A - B end)}),
         erlang:display({'*', t(fun() -> A * B end)}),
         erlang:display({'/', t(fun() -> A / B end)})
     end || {A, B} <- Cases],
    erlang:display(t(fun() -> grow(1.5, 0) end)),
    erlang:display(shrink(1.0, 0)),
    erlang:display({sum, lists:foldl(fun(X, S) -> X + S end, 0.0, [0.1 || _ <- lists:seq(1, 10)])}),
    erlang:display({neg_zero, -0.0, 0.0 * -1.0, t(fun() -> -0.0 / 1 end)}),
    ok.

grow(X, N) -> grow(X * X, N + 1).

shrink(X, N) when X == 0.0 -> {underflow_after, N};
shrink(X, N) -> shrink(X / 2.0, N + 1).
