%% empty tables: tab2list, select, match, first, fold, info
-module(ets_tab2list_empty).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type]),
         d({Type, ets:tab2list(T), ets:select(T, [{'_', [], [true]}]), ets:match(T, '$1'),
            ets:first(T), ets:last(T), ets:foldl(fun(_, A) -> A + 1 end, 0, T),
            ets:select(T, [{'_', [], [true]}], 10), ets:match(T, '$1', 3), ets:select_count(T, [{'_', [], [true]}]),
            ets:select_delete(T, [{'_', [], [true]}]), ets:info(T, size), ets:slot(T, 0)})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
