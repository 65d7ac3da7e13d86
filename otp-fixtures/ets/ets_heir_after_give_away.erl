%% a table given away keeps its heir, which gets it when the new owner ends
-module(ets_heir_after_give_away).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    T = ets:new(t, [{heir, Self, heir_data}]),
    P = spawn(fun() -> receive {'ETS-TRANSFER', _, _, _} -> Self ! taken end, receive stop -> ok end end),
    ets:give_away(T, P, gift),
    receive taken -> ok end,
    d(ets:info(T, owner) =:= P),
    d(ets:info(T, heir) =:= Self),
    P ! stop,
    receive {'ETS-TRANSFER', T, P, D} -> d({back, D}) after 5000 -> d(timeout) end,
    d(ets:info(T, owner) =:= Self).
