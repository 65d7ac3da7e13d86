%% ordered_set: key order, first/last/next/prev, term order across types
-module(ets_oset_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    Keys = [3, 1, 2, a, "str", {t}, [l], <<"b">>, 1.5, -7, 100000000000000000000, b, {t, 1}, #{m => 1}],
    [ets:insert(T, {K, v}) || K <- Keys],
    d(ets:tab2list(T)),
    d(ets:first(T)),
    d(ets:last(T)),
    d(ets:next(T, 1)),
    d(ets:prev(T, 1)),
    d(ets:next(T, 1.2)),
    d(ets:prev(T, zzz)),
    d(ets:next(T, ets:last(T))),
    d(ets:prev(T, ets:first(T))),
    d(walk(T, ets:first(T))),
    d(back(T, ets:last(T))),
    ets:insert(T, {2, replaced}),
    d(ets:lookup(T, 2)),
    d(ets:lookup(T, 2.0)),
    d(ets:info(T, size)).
walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
back(_, '$end_of_table') -> [];
back(T, K) -> [K | back(T, ets:prev(T, K))].
