%% private tables: everything but info fails in other processes
-module(ets_private_table).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [private]),
    ets:insert(T, {k, v}),
    Self = self(),
    spawn(fun() ->
        Self ! {r, [e(fun() -> ets:lookup(T, k) end), e(fun() -> ets:first(T) end),
                    e(fun() -> ets:tab2list(T) end), e(fun() -> ets:info(T, size) end),
                    e(fun() -> ets:lookup_element(T, k, 2) end), e(fun() -> ets:select_count(T, []) end),
                    e(fun() -> ets:match(T, '$1', 1) end), e(fun() -> ets:next(T, k) end),
                    e(fun() -> ets:slot(T, 0) end), e(fun() -> ets:safe_fixtable(T, true) end)]}
    end),
    receive {r, R} -> d(R) end,
    d(ets:lookup(T, k)).
