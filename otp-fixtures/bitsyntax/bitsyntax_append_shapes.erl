%% Appends of every common shape to a binary that grows in place: integers of every width
%% (wide ones sign-extended), binaries and bitstrings of explicit and `all` sizes, the
%% accumulator appended to itself, older versions of the accumulator appended to again, and
%% failing appends (bad values, short binaries, units) after successful ones.
-module(bitsyntax_append_shapes).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

%% The exception with the error_info of its first stack frame (erl's bit syntax cause).
cause(F) ->
    try F() catch C:R:St -> {C, R, [I || {_, _, _, L} <- lists:sublist(St, 1), {error_info, I} <- L]} end.

grow(0, Acc, _F) -> Acc;
grow(N, Acc, F) -> grow(N - 1, F(N, Acc), F).

main() ->
    Shapes = [
        fun(N, A) -> <<A/binary, N:8>> end,
        fun(N, A) -> <<A/binary, N:16, (-N):32>> end,
        fun(N, A) -> <<A/binary, (N rem 3):3>> end,
        fun(N, A) -> <<A/bitstring, (N rem 3):3>> end,
        fun(N, A) -> <<A/bitstring, (-N):100, N:64>> end,
        fun(N, A) -> <<A/bitstring, N:(N rem 70)>> end,
        fun(N, A) -> <<A/binary, 0:((N rem 40) * 8)>> end,
        fun(N, A) -> <<A/binary, (integer_to_binary(N))/binary>> end,
        fun(N, A) -> <<A/bitstring, (integer_to_binary(N)):1/binary, 1:1>> end,
        fun(N, A) -> <<A/bitstring, <<N:5>>/bitstring, (id(<<"xyz">>)):2/binary>> end,
        fun(N, A) -> <<A/binary, (binary:copy(<<N>>, 200))/binary>> end,
        fun(N, A) -> <<A/binary, N:8/little, (N * 1000):24/little-signed>> end,
        fun(N, A) -> <<A/binary, (N / 2):64/float, N/utf8>> end,
        fun(N, A) when byte_size(A) < 3000 -> <<A/bitstring, A/bitstring, N:3>>; (N, A) -> <<A/bitstring, N:7>> end,
        %% Integer segments of 64 bits in all, one bit more, then a bitstring after them.
        fun(N, A) -> <<A/bitstring, (N * 7919):60, (-N):4>> end,
        fun(N, A) -> <<A/bitstring, (N bsl 20):33, (-N):31, N:1>> end,
        fun(N, A) -> <<A/bitstring, (-N):7, (N * N * N):57, <<N:3>>/bitstring, (-N):9>> end,
        fun(N, A) -> <<A/binary, (N * N * N * N * N):64, N:0, (id(<<>>))/binary>> end
    ],
    [erlang:display({I, t(fun() ->
                              R = grow(300, id(<<>>), F),
                              {bit_size(R), erlang:phash2(R)}
                          end)})
     || {I, F} <- lists:zip(lists:seq(1, length(Shapes)), Shapes)],
    %% Appending twice to the same accumulator keeps both results intact.
    A0 = grow(100, <<>>, fun(N, A) -> <<A/binary, N:8>> end),
    A1 = <<A0/binary, 1, 2, 3>>,
    A2 = <<A0/binary, 4, 5>>,
    A3 = <<A1/binary, 6>>,
    erlang:display({byte_size(A0), binary:part(A1, 98, 5), binary:part(A2, 98, 4), binary:part(A3, 100, 4)}),
    %% Failures after appends: the accumulator is unchanged and appendable afterwards.
    B0 = grow(50, <<>>, fun(N, A) -> <<A/binary, N:8>> end),
    Bad = [fun() -> <<B0/binary, (id(a)):8>> end,
           fun() -> <<B0/binary, (id(1.5)):8>> end,
           fun() -> <<B0/binary, (id(<<1:3>>))/binary>> end,
           fun() -> <<B0/binary, (id(<<1, 2>>)):3/binary>> end,
           fun() -> <<B0/binary, 1:(id(-1))>> end,
           fun() -> <<B0/binary, 1:(id(a))>> end,
           fun() -> <<(id(<<1:1>>))/binary, 1>> end,
           fun() -> <<(id(nope))/binary, 1>> end,
           fun() -> <<B0/binary, (id(16#110000))/utf8>> end,
           fun() -> <<B0/binary, (1 bsl 70):8, (id(x)):8>> end],
    [erlang:display({bad, I, cause(F)}) || {I, F} <- lists:zip(lists:seq(1, length(Bad)), Bad)],
    B1 = <<B0/binary, 255>>,
    erlang:display({byte_size(B0), byte_size(B1), binary:last(B1), binary:last(B0)}),
    ok.
