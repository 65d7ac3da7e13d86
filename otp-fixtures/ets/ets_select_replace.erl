%% select_replace/2: replacing objects, the key kept
-module(ets_select_replace).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, [{I, I, old} || I <- lists:seq(1, 10)]),
         d({Type, ets:select_replace(T, [{{'$1', '$2', old}, [{'>', '$1', 5}], [{{'$1', {'*', '$2', 10}, new}}]}])}),
         d(lists:sort(ets:tab2list(T))),
         d(ets:select_replace(T, [{{'$1', '_', new}, [], [{{'$1', 0, newer}}]}])),
         d(ets:select_replace(T, [{{'$1', '_', '_'}, [{'==', '$1', 1}], ['$_']}])),
         d(e(fun() -> ets:select_replace(T, [{{'$1', '_', '_'}, [], [nonsense]}]) end)),
         d(lists:sort(ets:tab2list(T)))
     end || Type <- [set, ordered_set]],
    T2 = ets:new(t, []),
    ets:insert(T2, {k, 1}),
    d(e(fun() -> ets:select_replace(T2, [{{'$1', '$2'}, [], [{{other, '$2'}}]}]) end)),
    d(ets:tab2list(T2)),
    d(e(fun() -> ets:select_replace(T2, bad) end)).
