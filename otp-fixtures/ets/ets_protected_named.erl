%% named protected tables read by other processes, written only by the owner
-module(ets_protected_named).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    ets:new(ets_protected_named, [named_table, protected]),
    ets:insert(ets_protected_named, {k, v}),
    Self = self(),
    spawn(fun() ->
        Self ! {r, ets:lookup(ets_protected_named, k),
                e(fun() -> ets:insert(ets_protected_named, {x}) end),
                e(fun() -> ets:delete(ets_protected_named) end),
                ets:info(ets_protected_named, protection)}
    end),
    receive {r, A, B, C, D} -> d({A, B, C, D}) end,
    d(ets:lookup(ets_protected_named, k)).
