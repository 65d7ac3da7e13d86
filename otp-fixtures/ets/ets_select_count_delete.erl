%% select_count/2 and select_delete/2 on every type
-module(ets_select_count_delete).
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
         ets:insert(T, [{I, I rem 4} || I <- lists:seq(1, 40)]),
         ets:insert(T, {1, extra}),
         d({Type, ets:select_count(T, [{{'_', 0}, [], [true]}])}),
         d(ets:select_count(T, [{{'$1', '_'}, [{'>', '$1', 30}], [true]}])),
         d(ets:select_count(T, [{{'$1', '_'}, [], [false]}])),
         d(ets:select_count(T, [{{'$1', '_'}, [], ['$1']}])),
         d(ets:select_count(T, [{'_', [], [true]}])),
         d(ets:select_delete(T, [{{'_', 1}, [], [true]}])),
         d(ets:info(T, size)),
         d(ets:select_delete(T, [{{'$1', '_'}, [{'>', '$1', 35}], [true]}, {{'$1', extra}, [], [true]}])),
         d(ets:select_delete(T, [{{'$1', '_'}, [], [maybe]}])),
         d(lists:sort(ets:tab2list(T))),
         d(ets:select_delete(T, [{'_', [], [true]}])),
         d(ets:info(T, size))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
