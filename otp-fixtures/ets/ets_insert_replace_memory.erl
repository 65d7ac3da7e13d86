%% replacing objects keeps size and memory consistent
-module(ets_insert_replace_memory).
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
         [ets:insert(T, {I rem 10, lists:seq(1, I rem 7)}) || I <- lists:seq(1, 1000)],
         d({Type, ets:info(T, size), ets:info(T, memory)}),
         ets:delete_all_objects(T),
         d(ets:info(T, memory))
     end || Type <- [set, ordered_set]].
