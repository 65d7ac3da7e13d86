%% first/next over a bag with many objects per key visit each key once
-module(ets_walk_bag_keys).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, [{I rem 13, I} || I <- lists:seq(1, 1000)]),
    Keys = walk(T, ets:first(T), []),
    d(lists:sort(Keys)),
    d(length(Keys)),
    d(lists:sort([length(ets:lookup(T, K)) || K <- Keys])).
walk(_, '$end_of_table', Acc) -> Acc;
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
