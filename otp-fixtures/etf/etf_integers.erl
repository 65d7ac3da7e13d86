%% term_to_binary of integers at every encoding boundary: SMALL_INTEGER_EXT (0..255), INTEGER_EXT
%% (32-bit signed), SMALL_BIG_EXT and the small/big boundary of the VM at 2^59, with round trips
%% and binary_to_term of non-minimal encodings of the same values.
-module(etf_integers).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ns = ?MODULE:id([0, 1, 127, 128, 255, 256, -1, -128, -255, -256, 65535, 65536, 2147483647, 2147483648, -2147483648,
                     -2147483649, 4294967295, 4294967296, 1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1,
                     1 bsl 63 - 1, 1 bsl 63, 1 bsl 64 - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 100]),
    [erlang:display({N, term_to_binary(N), binary_to_term(term_to_binary(N)) =:= N}) || N <- Ns],
    Alt = [<<131, 98, 0, 0, 0, 5>>, <<131, 98, 255, 255, 255, 255>>, <<131, 110, 1, 0, 5>>, <<131, 110, 1, 1, 5>>,
           <<131, 110, 8, 0, 1, 0, 0, 0, 0, 0, 0, 0>>, <<131, 110, 0, 0>>, <<131, 110, 0, 1>>, <<131, 110, 3, 0, 0, 0, 0>>,
           <<131, 111, 0, 0, 0, 1, 0, 7>>, <<131, 111, 0, 0, 0, 2, 1, 255, 255>>, <<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0>>,
           <<131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 128>>],
    [erlang:display({B, catch binary_to_term(B)}) || B <- ?MODULE:id(Alt)],
    [erlang:display({S, erlang:external_size(1 bsl S), byte_size(term_to_binary(1 bsl S))}) || S <- ?MODULE:id([7, 8, 31, 32, 1000, 2039, 2040, 2047, 2048])],
    ok.
