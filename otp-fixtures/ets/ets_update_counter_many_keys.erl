%% update_counter with defaults over many keys, then sums
-module(ets_update_counter_many_keys).
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
         [ets:update_counter(T, I rem 50, [{2, I}, {3, 1}], {I rem 50, 0, 0}) || I <- lists:seq(1, 5000)],
         L = lists:sort(ets:tab2list(T)),
         d({Type, length(L), lists:sum([S || {_, S, _} <- L]), lists:usort([N || {_, _, N} <- L]), hd(L)})
     end || Type <- [set, ordered_set]].
