%% ets:slot/2 walks ERTS's hash layout: the objects of each bucket (last in its chain first),
%% '$end_of_table' just past the last active bucket and badarg beyond; an ordered set gives one
%% object a slot.
-module(ets_slot_layout).
-export([main/0]).
main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I, x}) || I <- lists:seq(1, 20)],
    erlang:display([slot(T, I) || I <- lists:seq(0, 5) ++ [255, 256, 257, 1000, -1, a]]),
    erlang:display([{I, S} || I <- lists:seq(0, 255), (S = ets:slot(T, I)) =/= []]),
    B = ets:new(b, [bag]),
    [ets:insert(B, {I rem 3, I}) || I <- lists:seq(1, 7)],
    erlang:display([S || I <- lists:seq(0, 255), (S = ets:slot(B, I)) =/= []]),
    D = ets:new(d, [duplicate_bag, {write_concurrency, true}]),
    [ets:insert(D, {I rem 2, I}) || I <- lists:seq(1, 6)],
    erlang:display([S || I <- lists:seq(0, 255), (S = ets:slot(D, I)) =/= []]),
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {I, y}) || I <- [5, 3, 9]],
    erlang:display([slot(O, I) || I <- [0, 1, 2, 3, 4]]),
    Big = ets:new(big, [set]),
    [ets:insert(Big, {I}) || I <- lists:seq(1, 1000)],
    Slots = length(lists:takewhile(fun(I) -> is_list(ets:slot(Big, I)) end, lists:seq(0, 5000))),
    erlang:display({active_slots, Slots}),
    erlang:display([slot(Big, I) || I <- [0, 511, Slots - 1, Slots, Slots + 1]]),
    All = lists:append([ets:slot(Big, I) || I <- lists:seq(0, Slots - 1)]),
    erlang:display({length(All), erlang:phash2(All)}),
    [ets:delete(Big, I) || I <- lists:seq(1, 990)],
    Left = length(lists:takewhile(fun(I) -> is_list(ets:slot(Big, I)) end, lists:seq(0, 5000))),
    erlang:display({after_deletes, Left, lists:append([ets:slot(Big, I) || I <- lists:seq(0, Left - 1)])}).

slot(T, I) ->
    try ets:slot(T, I) catch error:E -> E end.
