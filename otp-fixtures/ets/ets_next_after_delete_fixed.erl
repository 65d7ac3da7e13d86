%% next/2 of a deleted key in a fixed set continues the walk
-module(ets_next_after_delete_fixed).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{I} || I <- lists:seq(1, 50)]),
    ets:safe_fixtable(T, true),
    K = ets:first(T),
    ets:delete(T, K),
    Rest = walk(T, ets:next(T, K), []),
    d(length(Rest)),
    d(lists:member(K, Rest)),
    ets:safe_fixtable(T, false),
    d(e(fun() -> ets:next(T, K) end)).
walk(_, '$end_of_table', Acc) -> Acc;
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
