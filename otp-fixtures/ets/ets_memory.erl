%% the memory item in words as objects come and go
-module(ets_memory).
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
         M0 = ets:info(T, memory),
         ets:insert(T, {1, a}),
         M1 = ets:info(T, memory),
         ets:insert(T, {2, {a, b, c}, [1, 2, 3], <<"heap binary">>}),
         M2 = ets:info(T, memory),
         ets:insert(T, {3, 1.5, 1 bsl 100, "str"}),
         M3 = ets:info(T, memory),
         ets:delete(T, 2),
         M4 = ets:info(T, memory),
         ets:delete_all_objects(T),
         M5 = ets:info(T, memory),
         d({Type, M0, M1 - M0, M2 - M1, M3 - M2, M4 - M3, M5})
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    L = lists:seq(1, 1000),
    T2 = ets:new(t, []),
    ets:insert(T2, {list, L}),
    d(ets:info(T2, memory) - 305).
