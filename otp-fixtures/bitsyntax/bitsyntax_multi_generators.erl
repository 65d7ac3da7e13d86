%% Comprehensions with several binary and list generators and filters mixed: cross products,
%% generator patterns that bind variables used by later generators, and filters between them.
-module(bitsyntax_multi_generators).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    A = ?MODULE:id(<<1, 2, 3>>),
    B = ?MODULE:id(<<10, 20>>),
    erlang:display([{X, Y} || <<X>> <= A, <<Y>> <= B]),
    erlang:display(<< <<(X + Y)>> || <<X>> <= A, <<Y>> <= B, X + Y =/= 22 >>),
    erlang:display([{N, S} || <<N>> <= ?MODULE:id(<<1, 2, 3>>), <<S:N/binary>> <= ?MODULE:id(<<"abcdef">>)]),
    erlang:display([X || <<X:2>> <= ?MODULE:id(<<16#1B>>), Y <- [a, b], Y =:= b]),
    erlang:display(<< <<X:4, Y:4>> || X <- ?MODULE:id([1, 2]), <<Y:4>> <= ?MODULE:id(<<16#AB>>) >>),
    erlang:display(lists:sum([X * Y || <<X:16>> <= ?MODULE:id(binary:copy(<<0, 3>>, 300)), <<Y>> <= ?MODULE:id(<<1, 2, 3, 4>>)])),
    ok.
