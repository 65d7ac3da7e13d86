%% set tables: insert, replace, lookup, member, delete
-module(ets_set_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [set]),
    d(ets:insert(T, {a, 1})),
    d(ets:insert(T, {b, 2, extra})),
    d(ets:lookup(T, a)),
    d(ets:lookup(T, b)),
    d(ets:lookup(T, c)),
    d(ets:insert(T, {a, 10})),
    d(ets:lookup(T, a)),
    d(ets:member(T, a)),
    d(ets:member(T, zz)),
    d(ets:info(T, size)),
    d(ets:delete(T, a)),
    d(ets:delete(T, a)),
    d(ets:lookup(T, a)),
    d(ets:info(T, size)),
    d(ets:insert(T, [{x, 1}, {y, 2}, {x, 3}])),
    d(s(T)),
    d(ets:insert(T, [])),
    d(ets:info(T, size)),
    d(ets:insert(T, {{compound, [key]}, value})),
    d(ets:lookup(T, {compound, [key]})),
    d(ets:insert(T, {"string", <<"bin">>})),
    d(ets:lookup(T, "string")),
    d(ets:insert(T, {k})),
    d(ets:lookup(T, k)).
