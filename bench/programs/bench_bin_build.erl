%% Builds a 10 MB binary one byte at a time, three times.
-module(bench_bin_build).
-export([main/0]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N band 255):8>>).

main() ->
    T0 = erlang:monotonic_time(),
    Sizes = [byte_size(build(10000000, <<>>)) || _ <- [1, 2, 3]],
    T1 = erlang:monotonic_time(),
    erlang:display({bench, bin_build, erlang:convert_time_unit(T1 - T0, native, microsecond), Sizes}).
