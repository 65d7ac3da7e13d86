%% match_spec_compile, is_compiled_ms, match_spec_run, compiled specs in select
-module(ets_ms_compile_run).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    MS = [{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}],
    C = ets:match_spec_compile(MS),
    d(ets:is_compiled_ms(C)),
    d(ets:is_compiled_ms(MS)),
    d(ets:is_compiled_ms(make_ref())),
    d(ets:is_compiled_ms(x)),
    d(ets:match_spec_run([{a, 1}, {b, 2}, {c, 3}, bad, {d}], C)),
    d(ets:match_spec_run([], C)),
    d(ets:match_spec_run_r([{a, 5}, {b, 6}], C, [acc])),
    C2 = ets:match_spec_compile([{'$1', [{is_integer, '$1'}], [{'*', '$1', 2}]}, {'$1', [], [other]}]),
    d(ets:match_spec_run([1, a, 2.5, 3], C2)),
    T = ets:new(t, []),
    ets:insert(T, [{a, 1}, {b, 2}]),
    d(e(fun() -> ets:select(T, C) end)),
    d(e(fun() -> ets:match_spec_run([a], MS) end)),
    d(e(fun() -> ets:match_spec_compile(bad) end)),
    d(ets:test_ms({a, 3}, MS)),
    d(ets:test_ms({a, 0}, MS)),
    d(ets:test_ms({a, 0}, [{'$1', [], ['$_']}])),
    d(element(1, ets:test_ms({a, 0}, [{'$1', [], ['$2']}]))).
