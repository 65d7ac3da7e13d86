%% keys 1 and 1.0: one key in an ordered_set, two in the other types
-module(ets_number_keys).
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
         ets:insert(T, {1, int}),
         ets:insert(T, {1.0, float}),
         ets:insert(T, {2.0, float2}),
         d({Type, ets:info(T, size), lists:sort(ets:lookup(T, 1)), lists:sort(ets:lookup(T, 1.0)),
            ets:member(T, 2), ets:member(T, 2.0), lists:sort(ets:tab2list(T))}),
         ets:delete(T, 2),
         d({Type, ets:info(T, size)}),
         d({Type, ets:lookup(T, 0.0), ets:insert(T, {0, zero}), ets:lookup(T, 0.0)})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
