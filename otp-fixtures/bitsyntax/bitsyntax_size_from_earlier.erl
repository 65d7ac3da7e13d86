%% Segment sizes taken from earlier segments of the same pattern: length-prefixed fields,
%% chains of lengths, sizes in function heads and case clauses, zero lengths, and lengths longer
%% than the data (no match).
-module(bitsyntax_size_from_earlier).
-export([main/0, id/1]).

id(X) -> X.

lp(<<N:8, Data:N/binary, Rest/binary>>) -> {Data, Rest};
lp(Other) -> {nomatch, Other}.

chain(<<N:4, M:4, A:N/binary, B:M/binary, _/binary>>) -> {A, B};
chain(_) -> nomatch.

bits(<<N:3, V:N, Rest/bits>>) -> {N, V, Rest}.

main() ->
    [erlang:display(lp(?MODULE:id(B))) || B <- [<<0>>, <<3, "abcde">>, <<5, "abc">>, <<2, "ab">>, <<>>, <<255, 1>>]],
    [erlang:display(chain(?MODULE:id(B))) || B <- [<<16#23, "abcde">>, <<16#00>>, <<16#11, "x">>, <<16#F0>>, <<16#12, "ab">>]],
    [erlang:display(bits(?MODULE:id(B))) || B <- [<<2#101:3, 2#10101:5>>, <<0:3, 1:5>>, <<7:3, 127:7, 1:2>>]],
    Msg = ?MODULE:id(<<3:16, 5:8, "hello", 2:8, "hi", 0:8, 9:32>>),
    <<Count:16, Rest0/binary>> = Msg,
    {Strs, Tail} = strings(Count, Rest0, []),
    erlang:display({Count, Strs, Tail}),
    case ?MODULE:id(<<2, 16#FF, 16#FF, 7>>) of
        <<Len:8, Val:Len/unit:8-signed, Trailer/binary>> -> erlang:display({Len, Val, Trailer})
    end,
    Sz = ?MODULE:id(12),
    <<Hd:Sz/bits, Tl/bits>> = ?MODULE:id(<<"ab">>),
    erlang:display({Hd, Tl}),
    F = fun(<<L:8, _:L/binary, X:8, _/binary>>) -> X; (_) -> none end,
    erlang:display([F(?MODULE:id(B)) || B <- [<<1, 9, 42>>, <<0, 7>>, <<2, 1, 2>>, <<2, 1, 2, 3, 4>>]]),
    ok.

strings(0, Rest, Acc) -> {lists:reverse(Acc), Rest};
strings(N, <<L:8, S:L/binary, Rest/binary>>, Acc) -> strings(N - 1, Rest, [S | Acc]).
