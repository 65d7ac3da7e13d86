%% tables with a key position other than 1
-module(ets_keypos).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    [begin
         T = ets:new(t, [Type, {keypos, 2}]),
         ets:insert(T, [{a, 1, x}, {b, 2, y}, {c, 1, z}]),
         d({Type, lists:sort(ets:lookup(T, 1)), ets:member(T, a), lists:sort(ets:tab2list(T))}),
         d(e(fun() -> ets:insert(T, {only_one}) end)),
         d(e(fun() -> ets:insert(T, [{a, 1}, {b}]) end)),
         d(ets:lookup(T, b)),
         d(catch ets:lookup_element(T, 2, 3)),
         d(ets:match(T, {'$1', 2, '_'})),
         d(ets:first(T) =/= '$end_of_table')
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
