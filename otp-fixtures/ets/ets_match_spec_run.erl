%% ets:match_spec_run/2 over lists of terms of any kind
-module(ets_match_spec_run).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    C = ets:match_spec_compile([{{'$1', '$2'}, [{is_integer, '$2'}], [{'*', '$2', 2}]},
                                {'$1', [{is_atom, '$1'}], [{{atom, '$1'}}]},
                                {['$1' | '_'], [], ['$1']}]),
    d(ets:match_spec_run([{a, 1}, b, [h, t], {c, x}, 7, [], {d, 2}], C)),
    C2 = ets:match_spec_compile([{'_', [], ['$_']}]),
    d(ets:match_spec_run([1, {2}, "3"], C2)),
    d(ets:match_spec_run(lists:seq(1, 5), ets:match_spec_compile([{'$1', [{'>', '$1', 2}], [{'-', '$1'}]}]))).
