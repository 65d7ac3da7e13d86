%% Map update syntax: => adds or replaces, := only replaces (badkey when missing), several
%% updates at once, updating non-maps ({badmap,X}), updating with float/integer keys, and
%% updates of large maps.
-module(maps_update).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    M = ?MODULE:id(#{a => 1, b => 2}),
    erlang:display(M#{c => 3}),
    erlang:display(M#{a => 10}),
    erlang:display(M#{a := 11}),
    erlang:display(M#{a := 12, b => 20, d => 4}),
    erlang:display(t(fun() -> M#{z := 1} end)),
    erlang:display(t(fun() -> M#{a := 1, z := 1} end)),
    erlang:display(t(fun() -> (?MODULE:id(not_a_map))#{a => 1} end)),
    erlang:display(t(fun() -> (?MODULE:id([{a, 1}]))#{a := 1} end)),
    erlang:display(t(fun() -> (?MODULE:id(#{1 => x}))#{1.0 := y} end)),
    erlang:display((?MODULE:id(#{1 => x}))#{1.0 => y}),
    erlang:display((?MODULE:id(#{}))#{}),
    erlang:display(M#{}),
    K = ?MODULE:id(b),
    erlang:display(M#{K := updated, K => again}),
    Big = maps:from_list([{I, I} || I <- lists:seq(1, 1000)]),
    B2 = Big#{500 := five_hundred, 1001 => new, 1 := one},
    erlang:display({map_size(B2), maps:get(500, B2), maps:get(1001, B2), maps:get(1, B2), maps:get(2, B2)}),
    erlang:display(t(fun() -> Big#{0 := zero} end)),
    Nested = #{a => #{b => #{c => 1}}},
    #{a := #{b := Inner} = A} = Nested,
    erlang:display(Nested#{a := A#{b := Inner#{c := 2, d => 3}}}),
    ok.
