%% operations of a process on a public table owned by another process
-module(ets_tab_ops_other_owner).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    Owner = spawn(fun() -> T = ets:new(t, [public, ordered_set]), Self ! {t, T}, receive stop -> ok end end),
    receive {t, T} -> ok end,
    ets:insert(T, [{I, I} || I <- lists:seq(1, 10)]),
    d(ets:update_counter(T, 5, 10)),
    d(ets:take(T, 1)),
    d(ets:select_delete(T, [{{'$1', '_'}, [{'>', '$1', 8}], [true]}])),
    d(ets:tab2list(T)),
    d(e(fun() -> ets:give_away(T, self(), x) end)),
    d(e(fun() -> ets:setopts(T, {heir, none}) end)),
    d(ets:delete(T)),
    d(ets:info(T)),
    Owner ! stop.
