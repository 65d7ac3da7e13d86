%% Appending to a binary that is also used elsewhere: the old value must stay unchanged when a
%% second append is made from the same base, when the base is stored in a tuple or list, and when
%% the base is a sub-binary or a bitstring.
-module(bitsyntax_append_shared).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    B0 = ?MODULE:id(<<>>),
    B1 = <<B0/binary, 1>>,
    B2 = <<B1/binary, 2>>,
    B3a = <<B2/binary, 3>>,
    B3b = <<B2/binary, 4>>,
    B4a = <<B3a/binary, 5>>,
    B4b = <<B3a/binary, 6>>,
    erlang:display({B0, B1, B2, B3a, B3b, B4a, B4b}),
    Grow = lists:foldl(fun(I, {Acc, Saved}) ->
                               New = <<Acc/binary, I>>,
                               case I rem 100 of 0 -> {New, [Acc | Saved]}; _ -> {New, Saved} end
                       end, {<<>>, []}, lists:seq(1, 1000)),
    {Final, Snaps} = Grow,
    erlang:display({byte_size(Final), [byte_size(S) || S <- Snaps], [binary:last(S) || S <- Snaps]}),
    Big = ?MODULE:id(binary:copy(<<"0123456789">>, 100)),
    <<_:10/binary, Sub/binary>> = Big,
    S1 = <<Sub/binary, "X">>,
    S2 = <<Sub/binary, "Y">>,
    erlang:display({byte_size(S1), binary:last(S1), binary:last(S2), byte_size(Big), binary:last(Big)}),
    Bits = ?MODULE:id(<<1:3>>),
    Ba = <<Bits/bits, 0:5>>,
    Bb = <<Bits/bits, 31:5>>,
    Bc = <<Ba/bits, 1:1>>,
    erlang:display({Bits, Ba, Bb, Bc}),
    T = {B2, [B2, B2]},
    B5 = <<B2/binary, "more">>,
    erlang:display({T, B5}),
    Loop = fun L(0, Acc, Keep) -> {Acc, Keep}; L(N, Acc, Keep) -> L(N - 1, <<Acc/binary, N:8>>, [Acc | Keep]) end,
    {LAcc, LKeep} = Loop(300, <<"start">>, []),
    erlang:display({byte_size(LAcc), erlang:crc32(LAcc), [byte_size(K) || K <- lists:sublist(LKeep, 5)], lists:last(LKeep)}),
    ok.
