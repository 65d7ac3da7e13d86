%% first/next over set, bag and duplicate_bag tables visits each key once
-module(ets_walk_hash).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

walk(_, '$end_of_table', Acc) -> lists:sort(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
main() ->
    [begin
         T = ets:new(t, [Type]),
         d({Type, ets:first(T), ets:last(T)}),
         ets:insert(T, [{I rem 37, I} || I <- lists:seq(1, 300)]),
         Keys = walk(T, ets:first(T), []),
         d({length(Keys), Keys =:= lists:seq(0, 36)}),
         d(ets:first(T) =:= ets:last(T)),
         d(ets:next(T, ets:first(T)) =:= ets:prev(T, ets:first(T))),
         d(e(fun() -> ets:next(T, not_a_key) end)),
         d(e(fun() -> ets:prev(T, not_a_key) end))
     end || Type <- [set, bag, duplicate_bag]],
    E = ets:new(e, []),
    d(ets:first(E)),
    d(ets:last(E)).
