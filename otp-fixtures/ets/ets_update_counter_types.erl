%% update_counter result types: bignums, negative numbers, thresholds as bignums
-module(ets_update_counter_types).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, []),
    ets:insert(T, {k, 0, 1 bsl 80, -5}),
    d(ets:update_counter(T, k, {2, 1 bsl 59})),
    d(ets:update_counter(T, k, {2, 1 bsl 59})),
    d(ets:update_counter(T, k, {3, -(1 bsl 80)})),
    d(ets:update_counter(T, k, {4, -10, -100, 1 bsl 90})),
    d(ets:update_counter(T, k, {4, -1000, -100, 1 bsl 90})),
    d(ets:update_counter(T, k, {2, 1, 1 bsl 100, 0})),
    d(ets:update_counter(T, k, {2, 1 bsl 65, 1 bsl 64, 7})),
    d(ets:lookup(T, k)),
    d(e(fun() -> ets:update_counter(T, k, {2, 1, 1.0, 0}) end)),
    d(e(fun() -> ets:update_counter(T, k, {2, 1, 10, a}) end)).
