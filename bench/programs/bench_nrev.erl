%% Benchmark: naive (quadratic) reverse of a 2000-element list, 20 times (list allocation and ++).
-module(bench_nrev).
-export([main/0]).

main() ->
    L = lists:seq(1, 2000),
    T0 = erlang:monotonic_time(),
    R = repeat(20, L, []),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, nrev, erlang:convert_time_unit(T1 - T0, native, microsecond), hd(R)}).

repeat(0, _, Acc) -> Acc;
repeat(N, L, _) -> repeat(N - 1, L, nrev(L)).

nrev([]) -> [];
nrev([H | T]) -> nrev(T) ++ [H].
