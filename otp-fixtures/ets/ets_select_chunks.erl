%% select/3, match/3, match_object/3 and their continuations
-module(ets_select_chunks).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

drain('$end_of_table', Acc) -> Acc;
drain({R, C}, Acc) -> drain(ets:select(C), Acc ++ R).
drain_m('$end_of_table', Acc, _) -> Acc;
drain_m({R, C}, Acc, F) -> drain_m(F(C), Acc ++ R, F).
main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, [{I, I * I} || I <- lists:seq(1, 100)]),
         MS = [{{'$1', '$2'}, [{'>', '$1', 10}], ['$2']}],
         {R1, _} = ets:select(T, MS, 7),
         d({Type, length(R1)}),
         All = drain(ets:select(T, MS, 7), []),
         d({length(All), lists:sort(All) =:= lists:sort(ets:select(T, MS))}),
         d(length(drain(ets:select(T, MS, 1000), []))),
         d(ets:select(T, [{{'$1', '_'}, [{'>', '$1', 1000}], ['$1']}], 5)),
         M = drain_m(ets:match(T, {'$1', '_'}, 13), [], fun ets:match/1),
         d({length(M), lists:sort(M) =:= [[I] || I <- lists:seq(1, 100)]}),
         O = drain_m(ets:match_object(T, {'_', '_'}, 9), [], fun ets:match_object/1),
         d(lists:sort(O) =:= lists:sort(ets:tab2list(T))),
         {_, C} = ets:select(T, MS, 5),
         ets:insert(T, {1000, 1}),
         ets:delete(T, 50),
         Rest = drain({[], C}, []),
         d(length(Rest) > 0),
         d(e(fun() -> ets:select(T, MS, 0) end))
     end || Type <- [set, bag, duplicate_bag]],
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{I, I} || I <- lists:seq(1, 20)]),
    MS2 = [{{'$1', '_'}, [{'rem', '$1', 2}], ['$1']}, {{'$1', '_'}, [], ['$1']}],
    {A1, C1} = ets:select(O, MS2, 6),
    d(A1),
    {A2, C2} = ets:select(C1),
    d(A2),
    ets:delete(O, 13),
    ets:insert(O, {12.5, x}),
    d(element(1, ets:select(C2))),
    d(drain(ets:select(O, MS2, 50), [])),
    d(ets:select(O, MS2, 20) =/= '$end_of_table'),
    d(element(1, ets:match(O, {'$1', 3}, 1))),
    d(element(1, ets:match_object(O, {'_', '_'}, 3))).
