%% Walking a bitstring one bit at a time and a few bits at a time: popcount, reversing the bit
%% order, run lengths of equal bits, and converting between bit lists and bitstrings.
-module(bitsyntax_bit_loop).
-export([main/0, id/1]).

id(X) -> X.

pop(<<>>, N) -> N;
pop(<<B:1, R/bits>>, N) -> pop(R, N + B).

rev(<<>>, Acc) -> Acc;
rev(<<B:1, R/bits>>, Acc) -> rev(R, <<B:1, Acc/bits>>).

runs(<<>>) -> [];
runs(<<B:1, R/bits>>) -> runs(R, B, 1).
runs(<<B:1, R/bits>>, B, N) -> runs(R, B, N + 1);
runs(<<C:1, R/bits>>, B, N) -> [{B, N} | runs(R, C, 1)];
runs(<<>>, B, N) -> [{B, N}].

to_list(Bits) -> [B || <<B:1>> <= Bits].
from_list(L) -> << <<B:1>> || B <- L >>.

main() ->
    Xs = ?MODULE:id([<<>>, <<1:1>>, <<255>>, <<16#F0, 16#0F>>, <<"abc">>, <<1, 2, 3:2>>, <<0:13>>]),
    [erlang:display({X, pop(X, 0), rev(X, <<>>), runs(X)}) || X <- Xs],
    Big = ?MODULE:id(binary:copy(<<16#A5, 16#3C>>, 500)),
    erlang:display({pop(Big, 0), erlang:phash2(rev(Big, <<>>)), length(runs(Big))}),
    L = to_list(?MODULE:id(<<"hi", 5:3>>)),
    erlang:display({L, from_list(L)}),
    erlang:display(from_list(lists:reverse(L))),
    ok.
