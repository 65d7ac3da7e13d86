%% every table operation on a deleted table, a bad table, a name with no table
-module(ets_errors_table).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, []),
    ets:delete(T),
    Ops = [fun(X) -> ets:lookup(X, k) end, fun(X) -> ets:insert(X, {k}) end,
           fun(X) -> ets:insert_new(X, {k}) end, fun(X) -> ets:member(X, k) end,
           fun(X) -> ets:delete(X, k) end, fun(X) -> ets:delete(X) end,
           fun(X) -> ets:delete_object(X, {k}) end, fun(X) -> ets:take(X, k) end,
           fun(X) -> ets:first(X) end, fun(X) -> ets:last(X) end, fun(X) -> ets:next(X, k) end,
           fun(X) -> ets:prev(X, k) end, fun(X) -> ets:lookup_element(X, k, 1) end,
           fun(X) -> ets:update_counter(X, k, 1) end, fun(X) -> ets:update_element(X, k, {2, x}) end,
           fun(X) -> ets:match(X, '_') end, fun(X) -> ets:match_object(X, '_') end,
           fun(X) -> ets:select(X, [{'_', [], [true]}]) end, fun(X) -> ets:select_count(X, [{'_', [], [true]}]) end,
           fun(X) -> ets:select_delete(X, [{'_', [], [true]}]) end, fun(X) -> ets:select_reverse(X, []) end,
           fun(X) -> ets:select(X, [], 1) end, fun(X) -> ets:slot(X, 0) end,
           fun(X) -> ets:info(X) end, fun(X) -> ets:info(X, size) end, fun(X) -> ets:rename(X, n) end,
           fun(X) -> ets:give_away(X, self(), x) end, fun(X) -> ets:safe_fixtable(X, true) end,
           fun(X) -> ets:setopts(X, []) end, fun(X) -> ets:tab2list(X) end,
           fun(X) -> ets:delete_all_objects(X) end, fun(X) -> ets:select_replace(X, []) end],
    [d([e(fun() -> F(X) end) || F <- Ops]) || X <- [T, ets_errors_table_none, 1, "str", {a}, make_ref()]].
