%% a table dies with its owner; other processes then get badarg
-module(ets_owner_death).
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
        T = ets:new(t, [public]),
        N = ets:new(ets_owner_death_named, [named_table, public]),
        ets:insert(T, {k, v}),
        Self ! {tabs, T, N},
        receive stop -> ok end
    end),
    receive {tabs, T, N} -> ok end,
    d(ets:lookup(T, k)),
    d(ets:insert(N, {x})),
    d(ets:info(T, owner) =:= P),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, R} -> d(R) end,
    d(ets:info(T)),
    d(ets:info(N)),
    d(ets:whereis(ets_owner_death_named)),
    d(e(fun() -> ets:lookup(T, k) end)),
    d(e(fun() -> ets:insert(N, {x}) end)),
    d(ets:new(ets_owner_death_named, [named_table])),
    P2 = spawn(fun() -> ets:new(t2, []), exit(crash) end),
    M2 = monitor(process, P2),
    receive {'DOWN', M2, process, P2, R2} -> d(R2) end,
    d(lists:member(t2, [ets:info(X, name) || X <- ets:all()])).
