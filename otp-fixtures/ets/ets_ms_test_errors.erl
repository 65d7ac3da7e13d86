%% erlang:match_spec_test/3 explains what is wrong with a table specification
-module(ets_ms_test_errors).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [d(erlang:match_spec_test({a}, M, table)) || M <- [x, [x], [{'_', x, [true]}], [{'_', [], x}], [{'_', [], []}],
        [{'_', [{foo, 1}], [true]}], [{'_', [], [{message, 1}]}], [{'$1', [], ['$2']}],
        [{'_', [], ['$_']}, {'_', [], ['$3']}], [{'_', [], [{element, 1}]}], [{'_', [{'>', '$4', 1}], [true]}],
        [{'_', [], [{return_trace}]}], [{{'$1'}, [], [{{'$1', '$1'}}]}]]].
