%% constants in match specification bodies: {const, T}, quoted variables, nested structures
-module(ets_ms_consts).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {2, b}]),
    d(ets:select(T, [{{'$1', '_'}, [], [{const, '$1'}]}])),
    d(ets:select(T, [{{'$1', '_'}, [], [{const, {'$1', '_', '$$'}}]}])),
    d(ets:select(T, [{{'$1', '$2'}, [], [{{'$1', [a, '$2', {const, [1]}], #{k => '$2'}}}]}])),
    d(ets:select(T, [{{'$1', '$2'}, [], [[{{'$2'}}, {{}}, {const, {}}]]}])),
    d(ets:select(T, [{{'$1', '_'}, [{'=:=', '$1', {const, 2}}], [done]}])),
    d(ets:select(T, [{{'$1', '_'}, [{'==', {const, [1]}, [1]}], ['$1']}])),
    d(ets:select(T, [{{1, '$1'}, [], [{is_atom, '$1'}, {is_integer, '$1'}]}])).
