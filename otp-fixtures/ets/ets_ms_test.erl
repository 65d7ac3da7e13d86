%% erlang:match_spec_test/3 for table specifications
-module(ets_ms_test).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    d(erlang:match_spec_test({a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}], table)),
    d(erlang:match_spec_test({a, 1}, [{{'$1', 2}, [], ['$1']}], table)),
    d(erlang:match_spec_test({a, 1}, [{'$1', [{is_tuple, '$1'}], ['$_']}], table)),
    d(erlang:match_spec_test([1, 2], [{['$1', '$2'], [], [{'+', '$1', '$2'}]}], table)),
    d(erlang:match_spec_test(x, [{'_', [], [{const, {x}}]}], table)),
    d(e(fun() -> erlang:match_spec_test(x, [], other) end)).
