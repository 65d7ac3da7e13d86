%% Benchmark: quicksort of 200,000 pseudo-random integers (list building and comparisons).
-module(bench_qsort).
-export([main/0]).

main() ->
    L = rand(200000, 12345, []),
    T0 = erlang:monotonic_time(),
    S = qsort(L),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, qsort, erlang:convert_time_unit(T1 - T0, native, microsecond), lists:nth(100000, S)}).

rand(0, _, Acc) -> Acc;
rand(N, S, Acc) -> S1 = (S * 1103515245 + 12345) band 16#7FFFFFFF, rand(N - 1, S1, [S1 | Acc]).

qsort([]) -> [];
qsort([P | T]) -> partition(P, T, [], []).

partition(P, [], Lo, Hi) -> qsort(Lo) ++ [P | qsort(Hi)];
partition(P, [X | T], Lo, Hi) when X < P -> partition(P, T, [X | Lo], Hi);
partition(P, [X | T], Lo, Hi) -> partition(P, T, Lo, [X | Hi]).
