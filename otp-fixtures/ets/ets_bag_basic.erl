%% bag: distinct objects per key, their order, delete_object
-module(ets_bag_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [bag]),
    ets:insert(T, {k, 1}), ets:insert(T, {k, 2}), ets:insert(T, {k, 3}),
    d(ets:lookup(T, k)),
    ets:insert(T, {k, 1}),
    d(ets:lookup(T, k)),
    d(ets:info(T, size)),
    ets:insert(T, [{j, 1}, {j, 2}, {j, 3}]),
    d(ets:lookup(T, j)),
    ets:insert(T, [{j, 4}, {j, 1}]),
    d(ets:lookup(T, j)),
    ets:delete_object(T, {k, 2}),
    d(ets:lookup(T, k)),
    ets:delete_object(T, {k, 99}),
    d(ets:lookup(T, k)),
    d(ets:lookup_element(T, j, 2)),
    d(ets:member(T, j)),
    ets:delete(T, j),
    d(ets:lookup(T, j)),
    d(ets:info(T, size)),
    ets:insert(T, {k, 1.0}),
    d(ets:lookup(T, k)),
    d(ets:take(T, k)),
    d(ets:info(T, size)).
