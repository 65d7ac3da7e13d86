%% named tables: the name as identifier, whereis, clashes, reuse after delete
-module(ets_named).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    d(ets:new(ets_named_a, [named_table])),
    d(ets:insert(ets_named_a, {k, v})),
    d(ets:lookup(ets_named_a, k)),
    d(ets:info(ets_named_a, named_table)),
    d(ets:info(ets_named_a, name)),
    R = ets:whereis(ets_named_a),
    d(is_reference(R)),
    d(ets:lookup(R, k)),
    d(ets:info(R, name)),
    d(ets:whereis(ets_named_nothing)),
    d(e(fun() -> ets:whereis("x") end)),
    d(e(fun() -> ets:new(ets_named_a, [named_table, bag]) end)),
    U = ets:new(ets_named_a, []),
    d(ets:info(U, name)),
    d(ets:info(U, named_table)),
    d(e(fun() -> ets:lookup(ets_named_b, k) end)),
    d(ets:delete(ets_named_a)),
    d(ets:whereis(ets_named_a)),
    d(e(fun() -> ets:lookup(ets_named_a, k) end)),
    d(ets:new(ets_named_a, [named_table, ordered_set])),
    d(ets:info(ets_named_a, type)),
    d(ets:info(ets_named_a, size)).
