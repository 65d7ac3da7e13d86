%% Builds a 10 MB binary one byte at a time, three times.
-module(bench_bin_build).
-export([main/0]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N band 255):8>>).

main() ->
    Sizes = [byte_size(build(10000000, <<>>)) || _ <- [1, 2, 3]],
    erlang:display(Sizes).
