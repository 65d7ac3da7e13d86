%% insert_new on bags: any object with the key blocks the insert
-module(ets_insert_new_bags).
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
         d({Type, ets:insert_new(T, [{k, 1}, {k, 2}])}),
         d(ets:lookup(T, k)),
         d(ets:insert_new(T, {k, 3})),
         d(ets:insert_new(T, [{j, 1}, {k, 9}])),
         d(ets:member(T, j)),
         d(ets:insert_new(T, [{j, 1}, {j, 1}])),
         d(ets:lookup(T, j))
     end || Type <- [bag, duplicate_bag]].
