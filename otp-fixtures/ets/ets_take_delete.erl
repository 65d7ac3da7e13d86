%% take/2, delete/2 and delete_object/2 on every type
-module(ets_take_delete).
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
         ets:insert(T, [{a, 1}, {b, 2}, {c, 3}]),
         ets:insert(T, {a, 4}),
         d({Type, lists:sort(ets:take(T, a)), ets:take(T, a), ets:info(T, size)}),
         d(ets:delete(T, b)),
         d(ets:delete(T, nothing)),
         d(ets:delete_object(T, {c, 99})),
         d(ets:lookup(T, c)),
         d(ets:delete_object(T, {c, 3})),
         d(ets:lookup(T, c)),
         d(ets:info(T, size)),
         d(e(fun() -> ets:delete_object(T, 1) end)),
         d(e(fun() -> ets:delete_object(T, {}) end))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
