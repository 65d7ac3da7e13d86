%% delete_all_objects/1 and delete/1
-module(ets_delete_all).
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
         ets:insert(T, [{I, I} || I <- lists:seq(1, 500)]),
         d({Type, ets:info(T, size), ets:delete_all_objects(T), ets:info(T, size), ets:tab2list(T)}),
         ets:insert(T, {1, again}),
         d(ets:lookup(T, 1)),
         d(ets:info(T, memory) > 0),
         d(ets:delete(T)),
         d(ets:info(T)),
         d(ets:info(T, size)),
         d(e(fun() -> ets:delete(T) end)),
         d(e(fun() -> ets:lookup(T, 1) end)),
         d(e(fun() -> ets:insert(T, {1}) end)),
         d(e(fun() -> ets:delete_all_objects(T) end))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
