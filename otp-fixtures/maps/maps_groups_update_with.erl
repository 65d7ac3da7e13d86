%% maps:groups_from_list/2,3 (group order follows the input), maps:update_with/3,4 (with and
%% without a default, missing key errors) and the error terms for bad arguments.
-module(maps_groups_update_with).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = ?MODULE:id(lists:seq(1, 20)),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 3 end, L)),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 2 =:= 0 end, fun(X) -> X * X end, L)),
    erlang:display(maps:groups_from_list(fun erlang:length/1, ?MODULE:id(["a", "bb", "c", "dd", "eee", ""]))),
    erlang:display(maps:groups_from_list(fun(X) -> X end, [])),
    erlang:display(maps:to_list(maps:groups_from_list(fun(X) -> X rem 40 end, lists:seq(1, 200)))),
    M = ?MODULE:id(#{count => 1}),
    erlang:display({maps:update_with(count, fun(V) -> V + 1 end, M), maps:update_with(other, fun(V) -> V + 1 end, 0, M),
                    maps:update_with(count, fun(V) -> V * 10 end, 0, M)}),
    erlang:display(t(fun() -> maps:update_with(missing, fun(V) -> V end, M) end)),
    erlang:display(t(fun() -> maps:update_with(count, not_fun, M) end)),
    erlang:display(t(fun() -> maps:update_with(count, fun(V) -> V end, x) end)),
    erlang:display(t(fun() -> maps:groups_from_list(not_fun, [1]) end)),
    erlang:display(t(fun() -> maps:groups_from_list(fun(X) -> X end, not_list) end)),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{},
                         ?MODULE:id([b, a, c, a, b, a, d])),
    erlang:display(Counts),
    ok.
