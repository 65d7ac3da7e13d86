%% Benchmark: the Takeuchi function tak(24, 16, 8), 30 times (deep non-tail calls and comparisons).
-module(bench_tak).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    R = repeat(30, 24, 16, 8, 0),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, tak, erlang:convert_time_unit(T1 - T0, native, microsecond), R}).

repeat(0, _, _, _, Acc) -> Acc;
repeat(N, X, Y, Z, Acc) -> repeat(N - 1, X, Y, Z, Acc + tak(X, Y, Z)).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.
