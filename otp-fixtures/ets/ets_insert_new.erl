%% insert_new: only when no key is present, whole lists at once
-module(ets_insert_new).
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
         d({Type, ets:insert_new(T, {a, 1})}),
         d(ets:insert_new(T, {a, 2})),
         d(ets:lookup(T, a)),
         d(ets:insert_new(T, [{b, 1}, {c, 1}])),
         d(ets:insert_new(T, [{d, 1}, {a, 3}])),
         d(ets:member(T, d)),
         d(ets:insert_new(T, [{n1, 1}, {n1, 2}])),
         d(lists:sort(ets:lookup(T, n1))),
         d(ets:insert_new(T, [])),
         d(lists:sort(ets:tab2list(T)))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
