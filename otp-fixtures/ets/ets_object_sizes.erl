%% objects from one element to a thousand elements
-module(ets_object_sizes).
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
         [ets:insert(T, list_to_tuple([N | lists:seq(1, N - 1)])) || N <- [1, 2, 3, 10, 100, 1000]],
         d({Type, ets:info(T, size), [tuple_size(hd(ets:lookup(T, N))) || N <- [1, 2, 3, 10, 100, 1000]],
            ets:lookup_element(T, 1000, 1000), ets:lookup(T, 1)})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
