%% select_delete and delete_all_objects on 100,000 objects
-module(ets_select_delete_large).
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
         ets:insert(T, [{I, I rem 3} || I <- lists:seq(1, 100000)]),
         d({Type, ets:select_delete(T, [{{'_', 0}, [], [true]}]), ets:info(T, size)}),
         d(ets:select_count(T, [{{'_', 0}, [], [true]}])),
         d(ets:select_replace(T, [{{'$1', 1}, [], [{{'$1', one}}]}])),
         d(ets:select_count(T, [{{'_', one}, [], [true]}])),
         d(ets:delete_all_objects(T)),
         d(ets:info(T, size))
     end || Type <- [set, ordered_set]].
