%% counters of both kinds: add, sub, get, put, info, wrap-around
-module(ets_counters_basic).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         C = counters:new(3, Opts),
         d({Opts, [counters:get(C, I) || I <- [1, 2, 3]]}),
         d(counters:add(C, 1, 5)),
         d(counters:sub(C, 1, 2)),
         d(counters:get(C, 1)),
         d(counters:put(C, 2, -100)),
         d(counters:get(C, 2)),
         d(counters:add(C, 3, 9223372036854775807)),
         d(counters:add(C, 3, 1)),
         d(counters:get(C, 3)),
         d(counters:sub(C, 3, 1)),
         d(counters:get(C, 3)),
         d(maps:get(size, counters:info(C))),
         d(maps:is_key(memory, counters:info(C))),
         d(element(1, C)),
         d(case e(fun() -> counters:get(C, 4) end) of {error, R, _} -> R end),
         d(case e(fun() -> counters:add(C, 1, 1.0) end) of {error, R2, _} -> R2 end),
         d(case e(fun() -> counters:put(C, 1, 1 bsl 64) end) of {error, R3, _} -> R3 end)
     end || Opts <- [[], [atomics], [write_concurrency]]],
    d(case e(fun() -> counters:new(1, [bad]) end) of {error, R4, _} -> R4 end),
    d(case e(fun() -> counters:new(0, []) end) of {error, R5, _} -> R5 end),
    d(case e(fun() -> counters:get({bad, x}, 1) end) of {error, R6, _} -> R6 end).
