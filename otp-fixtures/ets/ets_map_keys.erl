%% maps and other compound terms as keys and values
-module(ets_map_keys).
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
         K1 = #{a => 1, b => [2]},
         K2 = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
         ets:insert(T, [{K1, one}, {K2, big}, {{K1, K2}, both}]),
         d({Type, ets:lookup(T, #{b => [2], a => 1}), ets:lookup_element(T, K2, 2),
            ets:member(T, {K1, K2}), ets:member(T, #{})}),
         d(lists:sort(ets:match(T, {#{a => '$1'}, '$2'}))),
         d(length(ets:tab2list(T)))
     end || Type <- [set, ordered_set, bag, duplicate_bag]].
