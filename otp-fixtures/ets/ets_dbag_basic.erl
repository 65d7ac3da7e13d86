%% duplicate_bag: duplicates kept, delete_object removes every copy
-module(ets_dbag_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, {k, 1}), ets:insert(T, {k, 2}), ets:insert(T, {k, 1}),
    d(ets:lookup(T, k)),
    ets:insert(T, [{k, 3}, {k, 3}, {j, 0}]),
    d(ets:lookup(T, k)),
    d(ets:info(T, size)),
    ets:delete_object(T, {k, 1}),
    d(ets:lookup(T, k)),
    d(ets:info(T, size)),
    d(ets:lookup_element(T, k, 2)),
    d(ets:insert_new(T, {k, 9})),
    d(ets:insert_new(T, {new, 9})),
    d(ets:lookup(T, new)),
    d(s(T)),
    d(ets:take(T, k)),
    d(s(T)).
