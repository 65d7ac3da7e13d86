%% update_counter/4: the default object, its key replaced
-module(ets_update_counter_default).
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
         d({Type, ets:update_counter(T, a, 5, {a, 10})}),
         d(ets:update_counter(T, b, 5, {ignored_key, 100, x})),
         d(ets:lookup(T, b)),
         d(ets:update_counter(T, b, 5, {b, 0})),
         d(ets:update_counter(T, c, [{2, 1}, {3, 2}], {c, 0, 0})),
         d(ets:update_counter(T, d, {3, 1, 1, 0}, {d, 0, 0})),
         d(e(fun() -> ets:update_counter(T, e, 1, {e}) end)),
         d(e(fun() -> ets:update_counter(T, e, {3, 1}, {e, 1}) end)),
         d(e(fun() -> ets:update_counter(T, e, 1, {e, x}) end)),
         d(e(fun() -> ets:update_counter(T, e, 1, notuple) end)),
         d(ets:member(T, e)),
         d(lists:sort(ets:tab2list(T)))
     end || Type <- [set, ordered_set]],
    T2 = ets:new(t, [{keypos, 2}]),
    d(ets:update_counter(T2, k, {3, 1}, {x, y, 0})),
    d(ets:tab2list(T2)).
