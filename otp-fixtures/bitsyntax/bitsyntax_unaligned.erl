%% Unaligned bitstrings: building from odd-sized segments, appending bits at every offset, matching
%% bytes at bit offsets, and printing bitstrings whose size is not a multiple of 8.
-module(bitsyntax_unaligned).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    [erlang:display(<<(?MODULE:id(1)):N>>) || N <- lists:seq(1, 17)],
    B = ?MODULE:id(<<"hello">>),
    [erlang:display({Off, <<0:Off, B/binary>>, <<B/binary, 0:Off>>, <<1:Off, B/binary, 1:Off>>}) || Off <- lists:seq(1, 9)],
    [begin <<_:Off, X:8, Y:16, Rest/bits>> = <<0:Off, B/binary>>, erlang:display({Off, X, Y, Rest}) end || Off <- [1, 3, 5, 7]],
    Bits = lists:foldl(fun(I, Acc) -> <<Acc/bits, (I rem 2):1>> end, <<>>, lists:seq(1, 99)),
    erlang:display({bit_size(Bits), Bits}),
    Packed = << <<I:5>> || I <- lists:seq(0, 31) >>,
    erlang:display({bit_size(Packed), Packed, [I || <<I:5>> <= Packed]}),
    Sevens = << <<C:7>> || <<C>> <= ?MODULE:id(<<"ASCII only text!">>) >>,
    erlang:display({Sevens, << <<C>> || <<C:7>> <= Sevens >>}),
    Odd = <<(?MODULE:id(<<1:3>>))/bits, (?MODULE:id(<<"xyz">>))/binary, (?MODULE:id(<<5:3>>))/bits>>,
    erlang:display({Odd, bit_size(Odd), byte_size(Odd)}),
    <<A:3, M:3/binary, Z:3>> = Odd,
    erlang:display({A, M, Z}),
    ok.
