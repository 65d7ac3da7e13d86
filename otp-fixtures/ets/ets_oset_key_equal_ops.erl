%% ordered_set operations with a key equal but not identical to the stored one
-module(ets_oset_key_equal_ops).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, {1, a, 0}),
    d(ets:update_element(T, 1.0, {2, b})),
    d(ets:lookup(T, 1)),
    d(ets:update_counter(T, 1.0, {3, 5})),
    d(ets:lookup_element(T, 1.0, 3)),
    d(ets:insert_new(T, {1.0, c, 0})),
    d(ets:member(T, 1.0)),
    ets:insert(T, {1.0, replaced, 1}),
    d(ets:tab2list(T)),
    d(ets:next(T, 0.5)),
    d(ets:prev(T, 1.5)),
    d(ets:select(T, [{{1, '$1', '_'}, [], ['$1']}])),
    d(ets:select(T, [{{1.0, '$1', '_'}, [], ['$1']}])),
    d(ets:match_object(T, {1.0, '_', '_'})),
    d(ets:delete(T, 1)),
    d(ets:info(T, size)).
