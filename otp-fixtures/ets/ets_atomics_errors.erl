%% atomics: bad arrays, indexes, values and options
-module(ets_atomics_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    A = atomics:new(2, []),
    Cases = [fun() -> atomics:new(0, []) end, fun() -> atomics:new(-1, []) end, fun() -> atomics:new(a, []) end,
             fun() -> atomics:new(2, [bad]) end, fun() -> atomics:new(2, [{signed, maybe}]) end,
             fun() -> atomics:new(2, bad) end,
             fun() -> atomics:get(A, 0) end, fun() -> atomics:get(A, 3) end, fun() -> atomics:get(A, a) end,
             fun() -> atomics:get(make_ref(), 1) end, fun() -> atomics:get(x, 1) end,
             fun() -> atomics:put(A, 1, 1.5) end, fun() -> atomics:put(A, 1, a) end,
             fun() -> atomics:add(A, 3, 1) end, fun() -> atomics:add_get(A, 1, x) end,
             fun() -> atomics:sub(A, 1, x) end, fun() -> atomics:sub_get(A, 9, 1) end,
             fun() -> atomics:exchange(A, 1, x) end, fun() -> atomics:compare_exchange(A, 1, x, 1) end,
             fun() -> atomics:compare_exchange(A, 1, 1, x) end, fun() -> atomics:info(x) end,
             fun() -> atomics:info(make_ref()) end, fun() -> atomics:get(counters:new(1, [write_concurrency]), 1) end],
    [d(case e(F) of {error, R, _} -> {error, R}; V -> V end) || F <- Cases].
