%% The 32-key boundary between flat and hashed maps: growing from 30 to 35 keys and shrinking
%% back, with maps:to_list order, equality between maps that crossed the boundary differently,
%% and maps:keys/values at each size.
-module(maps_size_boundary).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Base = maps:from_list([{I, I} || I <- lists:seq(1, 30)]),
    Steps = lists:foldl(fun(I, [M | _] = Acc) -> [M#{I * 100 => I} | Acc] end, [Base], lists:seq(31, 35)),
    [erlang:display({map_size(M), maps:keys(M)}) || M <- lists:reverse(Steps)],
    Full = hd(Steps),
    Down = lists:foldl(fun(I, [M | _] = Acc) -> [maps:remove(I * 100, M) | Acc] end, [Full], lists:seq(35, 31, -1)),
    [erlang:display({map_size(M), maps:to_list(M)}) || M <- Down],
    erlang:display(hd(Down) =:= Base),
    Mixed = maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 33)]),
    Cut = maps:remove("33", Mixed),
    erlang:display({map_size(Cut), maps:to_list(Cut)}),
    erlang:display(Cut =:= maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 32)])),
    Atoms = maps:from_list([{list_to_atom([$k | integer_to_list(I)]), I} || I <- lists:seq(1, 32)]),
    erlang:display(Atoms),
    erlang:display(lists:sort(maps:to_list(Atoms#{extra => 33}))),
    ok.
