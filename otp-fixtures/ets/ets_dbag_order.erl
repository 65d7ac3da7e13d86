%% duplicate_bag and bag object order per key through inserts and deletes
-module(ets_dbag_order).
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
         ets:insert(T, {k, 1}), ets:insert(T, [{k, 2}, {k, 3}]), ets:insert(T, {k, 1}),
         d({Type, ets:lookup(T, k)}),
         ets:delete_object(T, {k, 2}),
         d(ets:lookup(T, k)),
         ets:insert(T, [{k, 4}, {k, 2}]),
         d(ets:lookup(T, k)),
         d(ets:match_object(T, {k, '_'})),
         d(ets:select(T, [{{k, '$1'}, [], ['$1']}])),
         d(ets:take(T, k)),
         d(ets:lookup(T, k))
     end || Type <- [bag, duplicate_bag]].
