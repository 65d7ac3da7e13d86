%% update_counter/3 with an increment, {Pos, Incr}, thresholds, lists
-module(ets_update_counter).
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
         ets:insert(T, {k, 0, 10, a}),
         d({Type, ets:update_counter(T, k, 1)}),
         d(ets:update_counter(T, k, 5)),
         d(ets:update_counter(T, k, -10)),
         d(ets:update_counter(T, k, {3, 7})),
         d(ets:update_counter(T, k, {3, 100, 50, 0})),
         d(ets:update_counter(T, k, {3, -5, -3, 42})),
         d(ets:update_counter(T, k, {2, -1, -2, 99})),
         d(ets:update_counter(T, k, {2, -1, -20, 99})),
         d(ets:update_counter(T, k, [{2, 1}, {3, 1}, {2, 10}])),
         d(ets:update_counter(T, k, [])),
         d(ets:lookup(T, k)),
         d(ets:update_counter(T, k, {2, 1 bsl 70})),
         d(ets:update_counter(T, k, {2, -(1 bsl 70)})),
         d(ets:update_counter(T, k, {2, 1 bsl 59})),
         d(ets:update_counter(T, k, {2, -(1 bsl 61)})),
         d(ets:lookup(T, k))
     end || Type <- [set, ordered_set]].
