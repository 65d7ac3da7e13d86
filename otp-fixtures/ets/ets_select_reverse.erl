%% select_reverse/1,2,3: descending order in an ordered_set
-module(ets_select_reverse).
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
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I} || I <- lists:seq(1, 25)]),
    MS = [{{'$1', '_'}, [{'>', '$1', 5}], ['$1']}],
    d(ets:select_reverse(O, MS)),
    d(ets:select(O, MS)),
    {R1, C1} = ets:select_reverse(O, MS, 4),
    d(R1),
    {R2, _} = ets:select_reverse(C1),
    d(R2),
    d(drain(ets:select_reverse(O, MS, 6), [])),
    d(ets:select_reverse(O, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 3)),
    S = ets:new(s, [set]),
    ets:insert(S, [{I, I} || I <- lists:seq(1, 25)]),
    d(lists:sort(ets:select_reverse(S, MS))),
    d(length(drain(ets:select_reverse(S, MS, 6), []))).
