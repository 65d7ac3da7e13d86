%% tables of 20,000 objects: counts, sums, deletes by select
-module(ets_large_table).
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
         [ets:insert(T, {I, I rem 100, [I]}) || I <- lists:seq(1, 20000)],
         d({Type, ets:info(T, size), ets:select_count(T, [{{'_', 7, '_'}, [], [true]}])}),
         d(lists:sum([I || {I, _, _} <- ets:tab2list(T)])),
         d(ets:select_delete(T, [{{'$1', '_', '_'}, [{'>', '$1', 10000}], [true]}])),
         d(ets:info(T, size)),
         d(lists:sum(ets:select(T, [{{'$1', '_', '_'}, [{'=<', '$1', 100}], ['$1']}]))),
         d(ets:foldl(fun({_, R, _}, A) -> A + R end, 0, T))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
