%% Binary comprehensions: list and binary generators, filters, several generators, producing
%% bitstrings of odd sizes, nested comprehensions and comprehensions over large binaries.
-module(bitsyntax_comprehension).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    B = ?MODULE:id(<<"Hello, World">>),
    erlang:display(<< <<(C bxor 32)>> || <<C>> <= B, C >= $a, C =< $z >>),
    erlang:display(<< <<C>> || <<C>> <= B, C =/= $l >>),
    erlang:display([C || <<C:4>> <= B]),
    erlang:display(<< <<X:4, Y:4>> || <<X:4, Y:4>> <= ?MODULE:id(<<16#12, 16#34, 16#56>>) >>),
    erlang:display(<< <<Y:4, X:4>> || <<X:4, Y:4>> <= ?MODULE:id(<<16#12, 16#34, 16#56>>) >>),
    erlang:display(<< <<X:3>> || X <- ?MODULE:id([1, 2, 3, 4, 5]) >>),
    erlang:display(<< <<X, Y>> || X <- ?MODULE:id("ab"), Y <- ?MODULE:id("xyz") >>),
    erlang:display([{X, Y} || <<X>> <= ?MODULE:id(<<1, 2>>), <<Y>> <= ?MODULE:id(<<3, 4>>)]),
    erlang:display(<< <<(byte_size(S)):8, S/binary>> || S <- ?MODULE:id([<<"one">>, <<>>, <<"three">>]) >>),
    erlang:display(<< <<B2/binary>> || <<B2:2/binary>> <= ?MODULE:id(<<"aabbccd">>) >>),
    erlang:display(<< << <<(C + 1)>> || <<C>> <= Chunk >> || <<Chunk:3/binary>> <= ?MODULE:id(<<"abcdefgh">>) >>),
    erlang:display(<< <<>> || _ <- ?MODULE:id([1, 2, 3]) >>),
    erlang:display(<< <<X:1>> || X <- ?MODULE:id([1, 0, 1, 1, 0, 0, 1, 0, 1]) >>),
    Big = ?MODULE:id(binary:copy(<<0, 1, 2, 3, 4, 5, 6, 7>>, 50000)),
    Doubled = << <<(C * 2)>> || <<C>> <= Big >>,
    erlang:display({byte_size(Doubled), erlang:crc32(Doubled)}),
    Words = << <<W:16/little>> || <<W:16/big>> <= Big >>,
    erlang:display({byte_size(Words), erlang:crc32(Words)}),
    erlang:display(lists:sum([X || <<X:32>> <= Big])),
    erlang:display(<< <<C>> || <<C>> <= ?MODULE:id(<<1, 2, 3, 4:4>>) >>),
    erlang:display([X || <<X:3>> <= ?MODULE:id(<<255, 255>>)]),
    erlang:display(<< <<X/utf8>> || <<X:16>> <= ?MODULE:id(<<0, 65, 1, 0, 16#30, 16#42>>) >>),
    ok.
