%% byte_size/1 and bit_size/1 on binaries, bitstrings, sub-binaries and non-binaries (badarg),
%% including the rounding-up of byte_size for bitstrings.
-module(binary_byte_size).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Bins = [<<>>, <<0>>, <<1, 2, 3>>, <<1:1>>, <<1:7>>, <<1:8>>, <<1:9>>, <<0:15>>, <<0:16>>, <<0:17>>,
            binary:copy(<<"x">>, 63), binary:copy(<<"x">>, 64), binary:copy(<<"x">>, 65),
            binary:copy(<<"ab">>, 5000), <<(binary:copy(<<"z">>, 100))/binary, 3:3>>],
    [erlang:display({byte_size(?MODULE:id(B)), bit_size(?MODULE:id(B))}) || B <- Bins],
    Big = binary:copy(<<1, 2, 3, 4>>, 1000),
    [erlang:display({S, L, byte_size(binary:part(Big, S, L)), bit_size(binary:part(Big, S, L))})
     || {S, L} <- [{0, 0}, {0, 1}, {1, 64}, {3999, 1}, {100, 3000}]],
    [begin <<_:N/bits, Rest/bits>> = ?MODULE:id(Big),
           erlang:display({N, byte_size(Rest), bit_size(Rest)}) end
     || N <- [0, 1, 7, 8, 9, 31999, 32000]],
    Bad = [a, 1, 1.5, [], [1, 2], {<<1>>}, "abc", #{}, fun() -> ok end],
    [erlang:display({byte_size, t(fun() -> byte_size(?MODULE:id(X)) end)}) || X <- Bad],
    [erlang:display({bit_size, t(fun() -> bit_size(?MODULE:id(X)) end)}) || X <- Bad],
    G = fun(X) when byte_size(X) > 2 -> big; (X) when bit_size(X) > 0 -> small; (_) -> other end,
    [erlang:display({guard, G(X)}) || X <- [<<1, 2, 3>>, <<1:3>>, <<>>, abc, <<1, 2>>]],
    ok.
