%% Huge integer segments (hundreds to tens of thousands of bits): bignums written and read back in
%% both endiannesses, signed negatives, truncation of values wider than the segment, and size 0.
-module(bitsyntax_int_huge).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Vals = ?MODULE:id([0, 1, -1, 1 bsl 100, -(1 bsl 100), 1 bsl 1000 - 1, 12345678901234567890123456789012345678901234567890,
                       -98765432109876543210987654321]),
    Sizes = [100, 101, 127, 128, 129, 255, 256, 1000, 1001, 4096, 10000],
    [begin
         B = <<V:S>>, L = <<V:S/little>>,
         <<U:S>> = B, <<Sg:S/signed>> = B, <<UL:S/little>> = L, <<SL:S/little-signed>> = L,
         erlang:display({S, V rem 1000000007, erlang:phash2(B), erlang:phash2(L), U rem 1000000007, Sg =:= V orelse {Sg rem 1000000007},
                         UL =:= U, SL =:= Sg})
     end || S <- Sizes, V <- Vals],
    erlang:display(<<(?MODULE:id(1 bsl 200 + 5)):8>>),
    erlang:display(<<(?MODULE:id(-(1 bsl 200) - 5)):12>>),
    erlang:display(<<(?MODULE:id(1 bsl 70)):0>>),
    <<Wide:100000, _/bits>> = binary:copy(?MODULE:id(<<16#A5>>), 12500),
    erlang:display({Wide rem 1000000007, Wide band 16#FFFF, bit_size(<<Wide:100000>>)}),
    erlang:display(<<(?MODULE:id(16#123456789ABCDEF0123456789)):100/little>>),
    ok.
