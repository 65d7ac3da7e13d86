%% match specifications with nested patterns, repeated variables, lists
-module(ets_ms_nested_patterns).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, {a, [1, 2]}, x}, {2, {b, [2, 2]}, y}, {3, {a, []}, x}, {4, {c, [4]}, 4}, {5, {a, [5, 6]}, z}]),
    d(ets:select(T, [{{'$1', {a, ['$2' | '_']}, '_'}, [], [{{'$1', '$2'}}]}])),
    d(ets:select(T, [{{'_', {'_', ['$1', '$1']}, '_'}, [], ['$1']}])),
    d(ets:select(T, [{{'$1', '_', '$1'}, [], ['$1']}])),
    d(ets:select(T, [{{'_', {'$1', '$2'}, '$3'}, [{'==', '$1', a}, {is_list, '$2'}], [{{'$3', {length, '$2'}}}]}])),
    d(ets:select(T, [{{'$1', {'_', []}, '_'}, [], ['$1']}])),
    d(ets:select(T, [{{'$1', {'_', [4]}, 4}, [], ['$_']}])),
    d(ets:match(T, {'$1', {'$2', '_'}, x})),
    d(ets:match_object(T, {'_', {a, '_'}, '_'})).
