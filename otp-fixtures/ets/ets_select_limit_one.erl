%% chunks of one object at a time through every type
-module(ets_select_limit_one).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

drain('$end_of_table', N) -> N;
drain({[_], C}, N) -> drain(ets:select(C), N + 1).
main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, [{I, x} || I <- lists:seq(1, 57)]),
         d({Type, drain(ets:select(T, [{'_', [], [true]}], 1), 0)})
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
