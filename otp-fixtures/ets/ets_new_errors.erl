%% ets:new/2 with bad names and options
-module(ets_new_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Bad = [{"x", []}, {1, []}, {x, [foo]}, {x, [{keypos, 0}]}, {x, [{keypos, -1}]}, {x, [{keypos, a}]},
           {x, [set | bag]}, {x, set}, {x, [{heir, 1, 2}]}, {x, [{heir, self()}]}, {x, [{read_concurrency, 1}]},
           {x, [{write_concurrency, maybe}]}, {x, [{decentralized_counters, x}]}, {x, [{foo, 1}]},
           {x, [{keypos, 1, 2}]}, {x, [{}]}, {x, [[]]}],
    [d(e(fun() -> ets:new(N, O) end)) || {N, O} <- Bad],
    d(e(fun() -> ets:new(dup_name, [named_table]) end)),
    d(e(fun() -> ets:new(dup_name, [named_table]) end)),
    d(is_reference(ets:new(dup_name, []))).
