%% binary and bitstring segments: with and without size, size in bytes for binary and in bits for
%% bits, unit, the last-segment rule, bitstrings given to binary segments (badarg), too short
%% values (badarg) and sub-binaries of sub-binaries.
-module(bitsyntax_binary_segments).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"abcdef">>),
    Bits = ?MODULE:id(<<"ab", 3:3>>),
    erlang:display(<<B/binary, B/binary>>),
    erlang:display(<<B:3/binary, "|", B:0/binary, "|">>),
    erlang:display(<<Bits/bits, B/binary>>),
    erlang:display(<<Bits/bitstring, 1:5>>),
    erlang:display(<<B:10/bits>>),
    erlang:display(<<B:2/binary-unit:16>>),
    erlang:display(t(fun() -> <<Bits/binary>> end)),
    erlang:display(t(fun() -> <<B:7/binary>> end)),
    erlang:display(t(fun() -> <<Bits:3/binary>> end)),
    erlang:display(t(fun() -> <<Bits:20/bits>> end)),
    erlang:display(t(fun() -> <<(?MODULE:id(abc))/binary>> end)),
    erlang:display(t(fun() -> <<(?MODULE:id("abc"))/binary>> end)),
    erlang:display(t(fun() -> <<(?MODULE:id(1))/bits>> end)),
    N = ?MODULE:id(2),
    <<X:N/binary, Y:N/binary-unit:4, Z/bits>> = B,
    erlang:display({X, Y, Z}),
    <<P:11/bits, Q/binary-unit:1>> = Bits,
    erlang:display({P, Q}),
    erlang:display(t(fun() -> <<_:N/binary, R/binary>> = Bits, R end)),
    <<_:1, Odd:16/bits, _/bits>> = B,
    <<Odd2:8/bits, _/bits>> = Odd,
    erlang:display({Odd, Odd2, <<Odd/bits, Odd2/bits>>}),
    Nested = lists:foldl(fun(_, Acc) -> <<_:1/binary, T/binary>> = Acc, T end, binary:copy(B, 100), lists:seq(1, 550)),
    erlang:display(Nested),
    ok.
