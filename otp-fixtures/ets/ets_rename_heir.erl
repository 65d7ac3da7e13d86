%% a renamed named table keeps its new name through an heir transfer
-module(ets_rename_heir).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    P = spawn(fun() ->
        ets:new(ets_rename_heir_a, [named_table, {heir, Self, h}]),
        ets:insert(ets_rename_heir_a, {k, v}),
        ets:rename(ets_rename_heir_a, ets_rename_heir_b),
        Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    P ! stop,
    receive {'ETS-TRANSFER', Name, _, D} -> d({Name, D}) after 5000 -> d(timeout) end,
    d(ets:lookup(ets_rename_heir_b, k)),
    d(ets:whereis(ets_rename_heir_a)).
