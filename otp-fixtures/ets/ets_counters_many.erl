%% counters arrays of many elements and their indexes
-module(ets_counters_many).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    C = counters:new(1000, [write_concurrency]),
    [counters:add(C, I, I) || I <- lists:seq(1, 1000)],
    d(lists:sum([counters:get(C, I) || I <- lists:seq(1, 1000)])),
    A = atomics:new(1000, [{signed, false}]),
    [atomics:put(A, I, I * I) || I <- lists:seq(1, 1000)],
    d(lists:sum([atomics:get(A, I) || I <- lists:seq(1, 1000)])),
    d(maps:get(size, atomics:info(A))),
    d(maps:get(memory, atomics:info(A))),
    d(counters:info(counters:new(5, [atomics]))).
