%% Benchmark: a tail-recursive counting loop of 100 million iterations (dispatch overhead).
-module(bench_loop).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    R = loop(100000000, 0),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, loop100m, erlang:convert_time_unit(T1 - T0, native, microsecond), R}).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + 1).
