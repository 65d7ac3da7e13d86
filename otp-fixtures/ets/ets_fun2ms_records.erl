%% ets:fun2ms/1 with records and guards on record fields
-include_lib("stdlib/include/ms_transform.hrl").
-module(ets_fun2ms_records).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

-record(person, {name, age, city}).
main() ->
    T = ets:new(t, [set, {keypos, #person.name}]),
    ets:insert(T, [#person{name = ann, age = 31, city = oslo}, #person{name = bob, age = 17, city = rome},
                   #person{name = cid, age = 45, city = oslo}]),
    MS = ets:fun2ms(fun(#person{name = N, age = A, city = oslo}) when A > 30 -> N end),
    d(MS),
    d(lists:sort(ets:select(T, MS))),
    MS2 = ets:fun2ms(fun(P = #person{age = A}) when A < 18 -> P#person.name end),
    d(ets:select(T, MS2)),
    d(lists:sort(ets:select(T, ets:fun2ms(fun(#person{name = N, city = C}) -> {C, N} end)))),
    d(ets:select_count(T, ets:fun2ms(fun(#person{age = A}) when A >= 18 -> true end))).
