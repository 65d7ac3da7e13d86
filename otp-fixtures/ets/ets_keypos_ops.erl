%% delete_object, update_counter and select with a key at position 2
-module(ets_keypos_ops).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type, {keypos, 2}]),
         ets:insert(T, [{x, k, 1}, {y, k, 2}, {z, j, 3}]),
         d({Type, lists:sort(ets:lookup(T, k))}),
         ets:delete_object(T, {x, k, 1}),
         d(lists:sort(ets:lookup(T, k))),
         d(lists:sort(ets:select(T, [{{'$1', '$2', '$3'}, [{'>', '$3', 1}], [{{'$2', '$1'}}]}]))),
         d(lists:sort(ets:match(T, {'_', '$1', '_'})))
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    T2 = ets:new(t, [{keypos, 2}]),
    ets:insert(T2, {c, k, 0}),
    d(ets:update_counter(T2, k, {3, 5})),
    d(e(fun() -> ets:update_counter(T2, k, {2, 5}) end)),
    d(e(fun() -> ets:update_counter(T2, k, {1, 1}) end)).
