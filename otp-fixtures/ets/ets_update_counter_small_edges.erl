%% update_counter/3 with one small increment on each table type and tuning: sums that stay
%% small, cross into bignums and back, fields that are not small integers, positions out of
%% range or on the key, missing keys, a key at position 2, and the plain-integer form.
-module(ets_update_counter_small_edges).
-export([main/0]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).

-define(MAX, ((1 bsl 59) - 1)).
-define(MIN, (-(1 bsl 59))).

main() ->
    [run(Opts) || Opts <- [[set], [ordered_set], [set, {write_concurrency, true}],
                           [ordered_set, {write_concurrency, true}]]],
    ok.

run(Opts) ->
    d(Opts),
    T = ets:new(t, Opts),
    ets:insert(T, [{a, 1, ?MAX - 1, ?MIN + 1, 1.5, x, 1 bsl 70}, {b, 0}]),
    d([e(fun() -> ets:update_counter(T, a, {2, 41}) end),
       e(fun() -> ets:update_counter(T, a, {3, 1}) end),
       e(fun() -> ets:update_counter(T, a, {3, 1}) end),
       e(fun() -> ets:update_counter(T, a, {3, -2}) end),
       e(fun() -> ets:update_counter(T, a, {4, -1}) end),
       e(fun() -> ets:update_counter(T, a, {4, -1}) end),
       e(fun() -> ets:update_counter(T, a, {4, 2}) end),
       e(fun() -> ets:update_counter(T, a, {5, 1}) end),
       e(fun() -> ets:update_counter(T, a, {6, 1}) end),
       e(fun() -> ets:update_counter(T, a, {7, -(1 bsl 70)}) end),
       e(fun() -> ets:update_counter(T, a, {7, 3}) end),
       e(fun() -> ets:update_counter(T, a, {8, 1}) end),
       e(fun() -> ets:update_counter(T, a, {1, 1}) end),
       e(fun() -> ets:update_counter(T, a, 5) end),
       e(fun() -> ets:update_counter(T, b, {2, -7}) end),
       e(fun() -> ets:update_counter(T, c, {2, 1}) end),
       e(fun() -> ets:update_counter(T, a, {2, 1.0}) end),
       e(fun() -> ets:update_counter(T, a, {2, 1 bsl 60}) end)]),
    d(lists:sort(ets:tab2list(T))),
    K = ets:new(k, [{keypos, 2} | Opts]),
    ets:insert(K, {7, key, 10}),
    d([e(fun() -> ets:update_counter(K, key, {1, 1}) end),
       e(fun() -> ets:update_counter(K, key, {2, 1}) end),
       e(fun() -> ets:update_counter(K, key, 1) end),
       e(fun() -> ets:update_counter(K, key, {3, -20}) end)]),
    d(ets:tab2list(K)),
    ets:delete(K),
    ets:delete(T).
