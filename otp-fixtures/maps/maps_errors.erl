%% Error terms from map operations as erl raises them: {badmap,X} for every maps function given a
%% non-map, {badkey,K} from :=, maps:get/2, map_get and maps:update, badarg for bad funs, lists
%% and iterators, and exceptions raised inside funs passed to maps functions.
-module(maps_errors).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    NM = ?MODULE:id({not_a, map}),
    M = ?MODULE:id(#{k => v}),
    Calls = [{get, [k, NM]}, {get, [k, NM, d]}, {find, [k, NM]}, {is_key, [k, NM]}, {keys, [NM]}, {values, [NM]},
             {to_list, [NM]}, {size, [NM]}, {put, [k, v, NM]}, {remove, [k, NM]}, {take, [k, NM]}, {update, [k, v, NM]},
             {merge, [NM, M]}, {merge, [M, NM]}, {with, [[k], NM]}, {without, [[k], NM]}, {iterator, [NM]},
             {fold, [fun(_, _, A) -> A end, 0, NM]}, {map, [fun(_, V) -> V end, NM]}, {filter, [fun(_, _) -> true end, NM]},
             {update_with, [k, fun(V) -> V end, NM]}, {update_with, [k, fun(V) -> V end, 0, NM]},
             {get, [missing, M]}, {update, [missing, 1, M]}, {update_with, [missing, fun(V) -> V end, M]},
             {from_list, [[{a, 1} | tail]]}, {from_list, [NM]}, {from_keys, [NM, 1]}, {next, [NM]}, {next, [[]]},
             {fold, [fun(_, _) -> ok end, 0, M]}, {map, [not_a_fun, M]}, {filtermap, [fun(_, _) -> {true} end, M]},
             {map, [fun(_, _) -> error(inner) end, M]}, {fold, [fun(_, _, _) -> throw(thrown) end, 0, M]},
             {filter, [fun(_, _) -> exit(exited) end, M]}, {foreach, [fun(_, _) -> 1 / 0 end, M]}],
    [erlang:display({F, length(A), t(fun() -> apply(maps, F, A) end)}) || {F, A} <- Calls],
    erlang:display(t(fun() -> M#{missing := 1} end)),
    erlang:display(t(fun() -> NM#{k := 1} end)),
    erlang:display(t(fun() -> NM#{k => 1} end)),
    erlang:display(t(fun() -> map_get(missing, M) end)),
    erlang:display(t(fun() -> map_get(k, NM) end)),
    erlang:display(t(fun() -> map_size(NM) end)),
    erlang:display(t(fun() -> is_map_key(k, NM) end)),
    ok.
