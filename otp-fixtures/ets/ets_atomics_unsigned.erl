%% unsigned atomics: range, wrap-around, errors
-module(ets_atomics_unsigned).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    U = atomics:new(2, [{signed, false}]),
    d(atomics:info(U)),
    d(atomics:put(U, 1, 18446744073709551615)),
    d(atomics:get(U, 1)),
    d(atomics:add_get(U, 1, 1)),
    d(atomics:sub_get(U, 1, 1)),
    d(atomics:add_get(U, 2, -1)),
    d(e(fun() -> atomics:put(U, 1, -1) end)),
    d(e(fun() -> atomics:put(U, 1, 1 bsl 64) end)),
    d(e(fun() -> atomics:exchange(U, 1, -5) end)),
    d(atomics:exchange(U, 1, 5)),
    d(atomics:compare_exchange(U, 1, 5, 18446744073709551615)),
    d(atomics:get(U, 1)),
    S = atomics:new(1, [{signed, true}]),
    d(atomics:put(S, 1, 9223372036854775807)),
    d(atomics:add_get(S, 1, 1)),
    d(atomics:sub_get(S, 1, 1)),
    d(atomics:add_get(S, 1, 18446744073709551615)),
    d(e(fun() -> atomics:put(S, 1, 9223372036854775808) end)),
    d(e(fun() -> atomics:add(S, 1, 18446744073709551616) end)),
    d(e(fun() -> atomics:add(S, 1, -9223372036854775809) end)).
