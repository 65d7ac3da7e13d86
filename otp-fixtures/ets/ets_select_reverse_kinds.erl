%% select_reverse on every type, whole and in chunks
-module(ets_select_reverse_kinds).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

drain('$end_of_table', Acc) -> Acc;
drain({R, C}, Acc) -> drain(ets:select_reverse(C), Acc ++ R).
main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, [{I, I} || I <- lists:seq(1, 30)]),
         MS = [{{'$1', '_'}, [{'>', '$1', 20}], ['$1']}],
         R = ets:select_reverse(T, MS),
         C = drain(ets:select_reverse(T, MS, 4), []),
         d({Type, lists:sort(R), lists:sort(C), case Type of ordered_set -> {R, C}; _ -> x end})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
