%% match_object/3 on a bag collects every object once
-module(ets_match_object_chunks_bag).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

drain('$end_of_table', Acc) -> Acc;
drain({R, C}, Acc) -> drain(ets:match_object(C), Acc ++ R).
main() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{I rem 10, I} || I <- lists:seq(1, 200)]),
    All = drain(ets:match_object(T, {'_', '_'}, 17), []),
    d({length(All), lists:sort(All) =:= lists:sort(ets:tab2list(T))}),
    Some = drain(ets:match_object(T, {3, '_'}, 4), []),
    d(lists:sort(Some)),
    d(ets:match_object(T, {99, '_'}, 4)).
