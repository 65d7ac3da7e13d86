%% Benchmark: factorial of 5000 with bignums, ten times (bignum multiplication).
-module(bench_bigfact).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    F = repeat(10, 0),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, bigfact, erlang:convert_time_unit(T1 - T0, native, microsecond), F rem 1000000007}).

repeat(0, Acc) -> Acc;
repeat(N, _) -> repeat(N - 1, fact(5000, 1)).

fact(0, Acc) -> Acc;
fact(N, Acc) -> fact(N - 1, Acc * N).
