%% The unit modifier on integer segments (size times unit bits), with variable sizes, unit 1..256,
%% in construction and matching; size*unit overflowing gives system_limit or badarg as in erl.
-module(bitsyntax_int_unit).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    V = ?MODULE:id(16#ABCDEF),
    [erlang:display({N, <<V:N/unit:1>>, <<V:N/unit:4>>, <<V:N/unit:8>>, bit_size(<<V:N/unit:3>>)})
     || N <- ?MODULE:id([0, 1, 2, 3])],
    Two = ?MODULE:id(2),
    erlang:display([bit_size(<<1:Two/unit:1>>), bit_size(<<1:Two/unit:2>>), bit_size(<<1:Two/unit:7>>),
                    bit_size(<<1:Two/unit:16>>), bit_size(<<1:Two/unit:100>>), bit_size(<<1:Two/unit:255>>),
                    bit_size(<<1:Two/unit:256>>), <<5:Two/unit:3>>, <<(-1):Two/unit:5>>]),
    B = ?MODULE:id(<<1, 2, 3, 4, 5, 6, 7, 8>>),
    <<A:2/unit:8, Bx:3/unit:4, C:1/unit:12, Rest/bits>> = B,
    erlang:display({A, Bx, C, Rest}),
    N = ?MODULE:id(3),
    <<D:N/unit:8, E/binary>> = B,
    erlang:display({D, E}),
    erlang:display(t(fun() -> <<1:(?MODULE:id(1 bsl 60))/unit:8>> end)),
    erlang:display(t(fun() -> <<1:(?MODULE:id(1 bsl 70))/unit:8>> end)),
    erlang:display(t(fun() -> <<1:(?MODULE:id(-1))/unit:8>> end)),
    Huge = ?MODULE:id(1 bsl 60),
    erlang:display(t(fun() -> <<X:Huge/unit:8>> = B, X end)),
    Bigger = ?MODULE:id(1 bsl 70),
    erlang:display(t(fun() -> <<Y:Bigger/unit:8, _/bits>> = B, Y end)),
    Neg = ?MODULE:id(-8),
    erlang:display(t(fun() -> <<Z:Neg, _/bits>> = B, Z end)),
    ok.
