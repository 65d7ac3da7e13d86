%% ordered_set keys of every type come out in term order
-module(ets_oset_term_order).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    Keys = [{1, 2}, {1}, [], [a], [a | b], "abc", <<>>, <<1>>, <<1:3>>, a, b, 'B', 0, -1, 1.0e10, -1.5,
            1 bsl 70, -(1 bsl 70), #{}, #{a => 1}, #{a => 2}, {}, {a, b, c}, [[]], self(), make_ref()],
    [ets:insert(T, {K, I}) || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))],
    Order = [I || {_, I} <- ets:tab2list(T)],
    d(Order),
    d([I || {_, I} <- lists:sort([{K, I} || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))])] =:= Order),
    d(ets:info(T, size)),
    d(ets:lookup(T, 1.0e10)),
    d(ets:lookup(T, 10000000000)),
    d(ets:lookup(T, {1.0, 2})).
