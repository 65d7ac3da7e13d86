%% ets:fun2ms/1 (the ms_transform parse transform) specifications in select
-include_lib("stdlib/include/ms_transform.hrl").
-module(ets_fun2ms).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I * 3, lists:duplicate(I rem 4, x)} || I <- lists:seq(1, 12)]),
    MS1 = ets:fun2ms(fun({K, V, _}) when V > 20 -> K end),
    d(MS1),
    d(ets:select(T, MS1)),
    MS2 = ets:fun2ms(fun({K, V, L}) when length(L) == 2, K < 10 -> {K, V * 2} end),
    d(MS2),
    d(ets:select(T, MS2)),
    MS3 = ets:fun2ms(fun(Obj = {K, _, _}) when K rem 5 =:= 0 -> Obj end),
    d(ets:select(T, MS3)),
    MS4 = ets:fun2ms(fun({K, _, [x | _]}) -> K; ({K, _, []}) -> {empty, K} end),
    d(ets:select(T, MS4)),
    d(ets:select_count(T, ets:fun2ms(fun({_, V, _}) -> V rem 2 == 0 end))).
