%% guards that raise skip the clause; bodies that raise skip the object
-module(ets_ms_guard_failures).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 0}, {2, a}, {3, 3}, {4, [x]}]),
    d(ets:select(T, [{{'$1', '$2'}, [{'>', {'div', 10, '$2'}, 1}], ['$1']}, {{'$1', '_'}, [], [{{fallback, '$1'}}]}])),
    d(ets:select(T, [{{'$1', '$2'}, [], [{'+', '$2', 1}]}])),
    d(ets:select(T, [{{'$1', '$2'}, [{hd, '$2'}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{'==', {hd, '$2'}, x}], ['$1']}])),
    d(ets:select(T, [{{'$1', '$2'}, [{element, 1, '$2'}], ['$1']}])),
    d(ets:select_count(T, [{{'_', '$2'}, [{is_integer, '$2'}], [true]}])).
