%% ordered_set: next/prev of keys that are not in the table
-module(ets_oset_walk_deleted).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{K, K} || K <- [10, 20, 30, 40]]),
    d([ets:next(T, K) || K <- [0, 10, 15, 20, 39.5, 40, 50, a]]),
    d([ets:prev(T, K) || K <- [0, 10, 15, 20, 39.5, 40, 50, a]]),
    ets:delete(T, 20),
    d(ets:next(T, 10)),
    d(ets:next(T, 20)),
    d(ets:prev(T, 30)),
    d(ets:next(T, 20.0)),
    d(ets:slot(T, 0)),
    d(ets:slot(T, 2)),
    d(ets:slot(T, 3)),
    d(e(fun() -> ets:slot(T, -1) end)),
    d(e(fun() -> ets:slot(T, a) end)).
