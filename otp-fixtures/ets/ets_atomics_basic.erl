%% atomics: new, put, get, add, add_get, sub, sub_get, exchange, compare_exchange, info
-module(ets_atomics_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    A = atomics:new(4, []),
    d(atomics:info(A)),
    d([atomics:get(A, I) || I <- lists:seq(1, 4)]),
    d(atomics:put(A, 1, 42)),
    d(atomics:get(A, 1)),
    d(atomics:add(A, 1, 8)),
    d(atomics:add_get(A, 1, -60)),
    d(atomics:sub(A, 2, 5)),
    d(atomics:sub_get(A, 2, 5)),
    d(atomics:exchange(A, 3, 7)),
    d(atomics:exchange(A, 3, 8)),
    d(atomics:compare_exchange(A, 3, 8, 9)),
    d(atomics:compare_exchange(A, 3, 8, 10)),
    d(atomics:get(A, 3)),
    d(atomics:put(A, 4, 1 bsl 62)),
    d(atomics:get(A, 4)),
    d(atomics:add_get(A, 4, 1 bsl 62)),
    d(atomics:add_get(A, 4, -1)),
    d(is_reference(A)),
    d(atomics:info(atomics:new(1000, [{signed, true}]))).
