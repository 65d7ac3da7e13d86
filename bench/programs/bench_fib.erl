%% Benchmark: naive doubly recursive fib(30) (function calls and small-integer arithmetic).
-module(bench_fib).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    R = fib(30),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, fib30, erlang:convert_time_unit(T1 - T0, native, microsecond), R}).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
