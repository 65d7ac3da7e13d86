%% update_element/3: single and list updates, missing keys, errors
-module(ets_update_element).
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
         ets:insert(T, {k, 1, 2, 3}),
         d({Type, ets:update_element(T, k, {2, a})}),
         d(ets:update_element(T, k, [{3, b}, {4, c}, {3, bb}])),
         d(ets:lookup(T, k)),
         d(ets:update_element(T, missing, {2, x})),
         d(ets:update_element(T, k, [])),
         d(e(fun() -> ets:update_element(T, k, {1, x}) end)),
         d(e(fun() -> ets:update_element(T, k, {5, x}) end)),
         d(e(fun() -> ets:update_element(T, k, {0, x}) end)),
         d(e(fun() -> ets:update_element(T, k, [{2, x}, {9, y}]) end)),
         d(e(fun() -> ets:update_element(T, k, bad) end)),
         d(ets:lookup(T, k)),
         d(ets:update_element(T, k, {2, {big, [term, "with", <<"binary">>]}})),
         d(ets:lookup(T, k))
     end || Type <- [set, ordered_set]],
    B = ets:new(b, [bag]),
    d(e(fun() -> ets:update_element(B, k, {2, x}) end)).
