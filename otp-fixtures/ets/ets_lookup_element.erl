%% lookup_element/3 for every type and its errors
-module(ets_lookup_element).
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
         ets:insert(T, [{k, 1, a}, {j, 2}]),
         ets:insert(T, {k, 2, b}),
         d({Type, ets:lookup_element(T, k, 1), ets:lookup_element(T, k, 3), ets:lookup_element(T, j, 2)}),
         d(e(fun() -> ets:lookup_element(T, j, 3) end)),
         d(e(fun() -> ets:lookup_element(T, missing, 1) end)),
         d(e(fun() -> ets:lookup_element(T, k, 0) end)),
         d(e(fun() -> ets:lookup_element(T, k, a) end))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
