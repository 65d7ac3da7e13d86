%% erlang:display/1 of maps above 32 keys, which erl prints in its internal hash-trie form
%% (`#<bitmap>{...}` nodes, `[K|V]` leaves): integer, negative, binary, float and tuple keys, a
%% map of exactly 32 and 33 keys, and a map grown by updates rather than from a list.
-module(maps_display_hamt).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    erlang:display(maps:from_list([{I, I} || I <- lists:seq(1, 32)])),
    erlang:display(maps:from_list([{I, I} || I <- lists:seq(1, 33)])),
    erlang:display(maps:from_list([{I, I} || I <- lists:seq(1, 40)])),
    erlang:display(maps:from_list([{-I, I} || I <- lists:seq(1, 35)])),
    erlang:display(maps:from_list([{integer_to_binary(I), I} || I <- lists:seq(1, 34)])),
    erlang:display(maps:from_list([{I / 2, {I}} || I <- lists:seq(1, 36)])),
    erlang:display(maps:from_list([{{I, [I]}, I} || I <- lists:seq(1, 33)])),
    Grown = lists:foldl(fun(I, M) -> M#{I * 3 => I} end, ?MODULE:id(#{}), lists:seq(1, 45)),
    erlang:display(Grown),
    erlang:display(maps:remove(3, maps:remove(6, Grown))),
    ok.
