%% Tail matching: binary and bits tails, tails in recursion over large inputs, tails of
%% sub-binaries, matching a fixed-size trailer, and the difference between /binary and /bits tails.
-module(bitsyntax_tail_match).
-export([main/0, id/1]).

id(X) -> X.

count(<<>>, N) -> N;
count(<<_, T/binary>>, N) -> count(T, N + 1).

sum16(<<X:16, T/binary>>, Acc) -> sum16(T, Acc + X);
sum16(<<X:8>>, Acc) -> Acc + X;
sum16(<<>>, Acc) -> Acc.

bits_tail(<<_:1, T/bits>>) -> T.

trailer(B) ->
    S = byte_size(B) - 4,
    case B of <<Body:S/binary, Crc:32>> -> {Body, Crc}; _ -> short end.

main() ->
    Big = ?MODULE:id(binary:copy(<<1, 2, 3>>, 100000)),
    erlang:display(count(Big, 0)),
    erlang:display(sum16(Big, 0)),
    erlang:display(sum16(<<Big/binary, 9>>, 0)),
    erlang:display([bits_tail(?MODULE:id(B)) || B <- [<<1:1>>, <<255>>, <<1, 2>>, <<1:9>>]]),
    erlang:display([case ?MODULE:id(B) of <<_, T/binary>> -> {bin, T}; <<_, T/bits>> -> {bits, T}; _ -> none end
                    || B <- [<<1, 2>>, <<1, 2:3>>, <<1:3>>, <<>>]]),
    erlang:display([trailer(?MODULE:id(B)) || B <- [<<"body", 1, 2, 3, 4>>, <<1, 2, 3, 4>>, <<1, 2, 3>>, <<>>]]),
    <<_:5/binary, Sub/binary>> = ?MODULE:id(<<"prefix-and-the-rest">>),
    <<_:4/binary, Sub2/binary>> = Sub,
    <<Sub3:3/binary, _/binary>> = Sub2,
    erlang:display({Sub, Sub2, Sub3}),
    Rev = rev(?MODULE:id(<<"reverse me">>), <<>>),
    erlang:display(Rev),
    ok.

rev(<<>>, Acc) -> Acc;
rev(<<C, T/binary>>, Acc) -> rev(T, <<C, Acc/binary>>).
