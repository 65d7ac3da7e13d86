%% an heir that is not alive, or the owner itself: the table is deleted
-module(ets_heir_dead).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    P = spawn(fun() ->
        T = ets:new(t, [{heir, Dead, x}]),
        Self ! {tab, T}, receive stop -> ok end end),
    receive {tab, T} -> ok end,
    d(ets:info(T, heir) =:= Dead),
    M2 = monitor(process, P),
    P ! stop,
    receive {'DOWN', M2, _, _, _} -> ok end,
    d(ets:info(T)),
    P3 = spawn(fun() ->
        T3 = ets:new(t, []),
        ets:setopts(T3, {heir, self(), me}),
        Self ! {tab, T3, ets:info(T3, heir) =:= self()}, receive stop -> ok end end),
    receive {tab, T3, Same} -> d(Same) end,
    M3 = monitor(process, P3),
    P3 ! stop,
    receive {'DOWN', M3, _, _, _} -> ok end,
    d(ets:info(T3)),
    receive Msg -> d({unexpected, Msg}) after 100 -> d(no_message) end.
