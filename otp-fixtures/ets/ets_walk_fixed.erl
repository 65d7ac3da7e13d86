%% safe_fixtable: walking a hash table while deleting, next of a deleted key
-module(ets_walk_fixed).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [public]),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 200)]),
    d(ets:info(T, fixed)),
    d(ets:info(T, safe_fixed)),
    true = ets:safe_fixtable(T, true),
    d(ets:info(T, fixed)),
    {_, [{P, 1}]} = ets:info(T, safe_fixed),
    d(P =:= self()),
    true = ets:safe_fixtable(T, true),
    {_, [{_, 2}]} = ets:info(T, safe_fixed_monotonic_time),
    N = del_walk(T, ets:first(T), 0),
    d(N),
    d(ets:info(T, size)),
    ets:safe_fixtable(T, false),
    d(ets:info(T, fixed)),
    ets:safe_fixtable(T, false),
    d(ets:info(T, fixed)),
    d(ets:safe_fixtable(T, false)),
    d(e(fun() -> ets:safe_fixtable(T, maybe) end)),
    d(e(fun() -> ets:safe_fixtable(nosuch, true) end)),
    Self = self(),
    spawn(fun() -> ets:safe_fixtable(T, true), Self ! fixed end),
    receive fixed -> ok end,
    timer:sleep(50),
    d(ets:info(T, fixed)).
del_walk(_, '$end_of_table', N) -> N;
del_walk(T, K, N) -> ets:delete(T, K), del_walk(T, ets:next(T, K), N + 1).
