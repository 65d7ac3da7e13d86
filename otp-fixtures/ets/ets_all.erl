%% ets:all/0 lists new tables, forgets deleted ones
-module(ets_all).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Before = ets:all(),
    T = ets:new(t, []),
    ets:new(ets_all_named, [named_table]),
    After = ets:all(),
    d(length(After) - length(Before)),
    d(lists:member(T, After)),
    d(lists:member(ets_all_named, After)),
    ets:delete(T),
    ets:delete(ets_all_named),
    Final = ets:all(),
    d(lists:member(T, Final)),
    d(lists:member(ets_all_named, Final)),
    d(length(Final) =:= length(Before)),
    d(lists:all(fun(X) -> is_atom(X) orelse is_reference(X) end, Final)).
