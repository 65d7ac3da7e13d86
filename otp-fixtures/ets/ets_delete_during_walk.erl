%% deleting and inserting while walking an ordered_set
-module(ets_delete_during_walk).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I} || I <- lists:seq(1, 20)]),
    d(walk(T, ets:first(T), [])),
    d(ets:tab2list(T)).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) ->
    ets:delete(T, K),
    case is_integer(K) andalso K rem 5 =:= 0 of true -> ets:insert(T, {K + 0.5}); false -> ok end,
    walk(T, ets:next(T, K), [K | Acc]).
