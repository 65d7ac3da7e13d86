%% insert with bad objects and bad tables
-module(ets_insert_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, []),
    Bad = [{}, 1, [1], [{a} | b], [{a}, {}], a, "abc", <<"x">>],
    [d(e(fun() -> ets:insert(T, B) end)) || B <- Bad],
    [d(e(fun() -> ets:insert_new(T, B) end)) || B <- Bad],
    d(e(fun() -> ets:insert(1, {a}) end)),
    d(e(fun() -> ets:insert(no_such_table, {a}) end)),
    d(e(fun() -> ets:insert(make_ref(), {a}) end)),
    d(e(fun() -> ets:insert("t", {a}) end)),
    d(ets:info(T, size)).
