%% update_counter errors: missing key, key position, range, types, bags
-module(ets_update_counter_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, []),
    ets:insert(T, {k, 1, a}),
    Cases = [{k, {1, 1}}, {k, {4, 1}}, {k, {3, 1}}, {k, 1.5}, {k, {2, a}}, {k, [{2, 1}, bad]},
             {k, [{2, 1}, {3, 1}]}, {k, {2, 1, 2}}, {k, {2, 1, a, 0}}, {k, {0, 1}}, {k, {a, 1}},
             {missing, 1}, {k, [{2, 1} | x]}],
    [d(e(fun() -> ets:update_counter(T, K, Op) end)) || {K, Op} <- Cases],
    d(ets:lookup(T, k)),
    B = ets:new(b, [bag]),
    d(e(fun() -> ets:update_counter(B, k, 1) end)),
    D = ets:new(b, [duplicate_bag]),
    d(e(fun() -> ets:update_counter(D, k, 1, {k, 0}) end)),
    d(e(fun() -> ets:update_counter(nosuch, k, 1) end)).
