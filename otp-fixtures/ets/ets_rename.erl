%% rename/2 of named and unnamed tables
-module(ets_rename).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    ets:new(ets_rename_a, [named_table]),
    ets:insert(ets_rename_a, {k, 1}),
    d(ets:rename(ets_rename_a, ets_rename_b)),
    d(ets:lookup(ets_rename_b, k)),
    d(e(fun() -> ets:lookup(ets_rename_a, k) end)),
    d(ets:info(ets_rename_b, name)),
    ets:new(ets_rename_c, [named_table]),
    d(e(fun() -> ets:rename(ets_rename_b, ets_rename_c) end)),
    d(e(fun() -> ets:rename(ets_rename_b, "str") end)),
    d(e(fun() -> ets:rename(ets_rename_none, x) end)),
    d(e(fun() -> ets:rename(ets_rename_b, ets_rename_b) end)),
    U = ets:new(plain, []),
    d(ets:rename(U, ets_rename_c) =:= U),
    d(ets:info(U, name)),
    d(ets:info(ets_rename_c, named_table)),
    d(ets:whereis(ets_rename_b) =/= undefined),
    d(ets:whereis(ets_rename_a)).
