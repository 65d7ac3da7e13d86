%% A Bloom filter and a bitmap index stored in binaries: setting and testing bits at computed
%% positions with the bit syntax, k hash functions from erlang:phash2 with different salts,
%% false-positive counting on generated keys, union by bitwise or over 64-bit words, popcount.
-module(realworld_bloom).
-export([main/0]).

-define(BITS, 8192).
-define(K, 4).

new() -> <<0:?BITS>>.

positions(Key) -> [erlang:phash2({Salt, Key}, ?BITS) || Salt <- lists:seq(1, ?K)].

set_bit(Bin, P) ->
    <<Pre:P/bits, _:1, Post/bits>> = Bin,
    <<Pre/bits, 1:1, Post/bits>>.

get_bit(Bin, P) ->
    <<_:P/bits, B:1, _/bits>> = Bin,
    B.

add(Bin, Key) -> lists:foldl(fun(P, B) -> set_bit(B, P) end, Bin, positions(Key)).
member(Bin, Key) -> lists:all(fun(P) -> get_bit(Bin, P) =:= 1 end, positions(Key)).

union(A, B) -> << <<(X bor Y):64>> || {X, Y} <- lists:zip([X || <<X:64>> <= A], [Y || <<Y:64>> <= B]) >>.

popcount(Bin) -> lists:sum([B || <<B:1>> <= Bin]).

main() ->
    Keys = [{user, I} || I <- lists:seq(1, 600)],
    Filter = lists:foldl(fun(K, B) -> add(B, K) end, new(), Keys),
    erlang:display({bit_size(Filter), popcount(Filter), erlang:phash2(Filter), erlang:crc32(Filter)}),
    erlang:display(lists:all(fun(K) -> member(Filter, K) end, Keys)),
    Others = [{user, I} || I <- lists:seq(1001, 5000)],
    FP = length([K || K <- Others, member(Filter, K)]),
    erlang:display({false_positives, FP}),
    Evens = lists:foldl(fun(K, B) -> add(B, K) end, new(), [<<"k", (integer_to_binary(I))/binary>> || I <- lists:seq(0, 400, 2)]),
    Odds = lists:foldl(fun(K, B) -> add(B, K) end, new(), [<<"k", (integer_to_binary(I))/binary>> || I <- lists:seq(1, 400, 2)]),
    U = union(Evens, Odds),
    erlang:display({popcount(Evens), popcount(Odds), popcount(U), member(U, <<"k7">>), member(U, <<"k8">>), member(Evens, <<"k7">>)}),
    Index = lists:foldl(fun(I, B) -> set_bit(B, (I * I) rem 1000) end, <<0:1000>>, lists:seq(1, 200)),
    erlang:display({popcount(Index), [P || P <- lists:seq(0, 99), get_bit(Index, P) =:= 1]}),
    ok.
