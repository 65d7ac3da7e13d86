%% Binary generators whose pattern does not always match: literal segments that skip elements,
%% size-dependent patterns, float segments meeting an infinity, and generators over bitstrings
%% whose tail is too short for the pattern.
-module(bitsyntax_generator_skip).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    erlang:display([X || <<1, X>> <= ?MODULE:id(<<1, 10, 2, 20, 1, 30, 1>>)]),
    erlang:display([X || <<0:1, X:7>> <= ?MODULE:id(<<1, 200, 3, 255, 5>>)]),
    erlang:display([{A, B} || <<A:4, B:4>> <= ?MODULE:id(<<16#AB, 16#CD, 16#E:4>>)]),
    erlang:display([X || <<X:16>> <= ?MODULE:id(<<1, 2, 3>>)]),
    erlang:display([X || <<X:32/float>> <= ?MODULE:id(<<1.0:32/float, 16#7F800000:32, 2.0:32/float>>)]),
    erlang:display([X || <<X:64/float>> <= ?MODULE:id(<<1.5/float, 16#7FF8000000000000:64, 2.5/float>>)]),
    erlang:display([C || <<C/utf8>> <= ?MODULE:id(<<"ok", 16#80, "after">>)]),
    erlang:display([X || <<X:8>> <= ?MODULE:id(<<1, 2, 3:5>>)]),
    erlang:display([X || <<X:3/binary>> <= ?MODULE:id(<<"abcdefgh">>)]),
    erlang:display([{K, V} || <<K, V:K/binary>> <= ?MODULE:id(<<1, "a", 2, "bc", 0, 3, "xyz">>)]),
    erlang:display([X || <<X:8>> <= ?MODULE:id(<<>>)]),
    erlang:display([X || <<X:1>> <= ?MODULE:id(<<5:3>>), X =:= 1]),
    ok.
