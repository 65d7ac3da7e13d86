%% Maps used as sets and indexes: maps:from_keys for membership, union/intersection/difference
%% via merge, intersect and without, set equality regardless of build order, and an inverted
%% index from generated documents.
-module(maps_as_sets).
-export([main/0, id/1]).

id(X) -> X.

set(L) -> maps:from_keys(L, []).

main() ->
    A = set(?MODULE:id(lists:seq(1, 60, 2))),
    B = set(?MODULE:id(lists:seq(1, 60, 3))),
    Union = maps:merge(A, B),
    Inter = maps:intersect(A, B),
    Diff = maps:without(maps:keys(B), A),
    erlang:display({map_size(Union), map_size(Inter), map_size(Diff)}),
    erlang:display({lists:sort(maps:keys(Inter)), lists:sort(maps:keys(Diff))}),
    erlang:display(maps:keys(Inter)),
    erlang:display(Union =:= set(lists:reverse(lists:seq(1, 60, 3)) ++ lists:seq(1, 60, 2))),
    Docs = [{D, [W rem 17 || W <- lists:seq(D, D * 5, D)]} || D <- lists:seq(1, 40)],
    Index = lists:foldl(fun({D, Ws}, Acc) ->
                                lists:foldl(fun(W, Acc2) -> maps:update_with(W, fun(S) -> S#{D => []} end, #{D => []}, Acc2) end, Acc, Ws)
                        end, #{}, Docs),
    erlang:display(lists:sort([{W, lists:sort(maps:keys(S))} || {W, S} <- maps:to_list(Index)])),
    erlang:display(maps:to_list(maps:map(fun(_, S) -> map_size(S) end, Index))),
    ok.
