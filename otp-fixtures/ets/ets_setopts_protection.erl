%% setopts/2 can change the protection (as erl allows)
-module(ets_setopts_protection).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [private]),
    ets:insert(T, {k, 1}),
    Self = self(),
    Try = fun() -> spawn(fun() -> Self ! {r, e(fun() -> ets:lookup(T, k) end), e(fun() -> ets:insert(T, {j}) end)} end),
                   receive {r, A, B} -> {A, B} end end,
    d(Try()),
    d(ets:setopts(T, {protection, protected})),
    d(ets:info(T, protection)),
    d(Try()),
    d(ets:setopts(T, [{protection, public}])),
    d(Try()),
    d(e(fun() -> ets:setopts(T, {protection, open}) end)),
    d(lists:sort(ets:tab2list(T))).
