%% take and delete by an equal number: one key in an ordered_set only
-module(ets_take_numbers).
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
         ets:insert(T, [{1, a}, {2.0, b}]),
         d({Type, ets:take(T, 1.0), ets:take(T, 2), ets:delete(T, 1.0), ets:info(T, size)}),
         d({ets:delete_object(T, {2, b}), ets:info(T, size), ets:member(T, 1), e(fun() -> ets:lookup_element(T, 1, 2) end)})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
