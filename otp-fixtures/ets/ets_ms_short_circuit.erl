%% andalso/orelse in match specifications stop at the first deciding operand
-module(ets_ms_short_circuit).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 0}, {2, 5}, {3, x}]),
    d(ets:select(T, [{{'$1', '$2'}, [{'orelse', {'==', '$2', 0}, {'>', {'div', 10, '$2'}, 1}}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{'andalso', {is_integer, '$2'}, {'>', {'div', 10, '$2'}, 1}}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{'or', {'==', '$2', 0}, {'>', {'div', 10, '$2'}, 1}}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [], [{'andalso', {is_atom, '$2'}, true}]}])),
    d(ets:select(T, [{{'$1', '$2'}, [], [{'orelse', false, {'==', '$1', 2}}]}])),
    d(ets:select(T, [{{'$1', '_'}, [{'andalso', true, '$1'}], ['$1']}])),
    d(ets:select(T, [{{'$1', '_'}, [{'orelse', '$1', true}], ['$1']}])).
