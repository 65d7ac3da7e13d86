%% a table passed along a chain of heirs as each owner ends
-module(ets_heir_chain).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    Last = spawn(fun() -> receive {'ETS-TRANSFER', T, _, D} -> Self ! {last, D, ets:lookup(T, k)} end,
                          receive stop -> ok end end),
    Mid = spawn(fun() -> receive {'ETS-TRANSFER', T, _, D} ->
                             ets:setopts(T, {heir, Last, from_mid}),
                             ets:insert(T, {k, mid}),
                             Self ! {mid, D}
                         end,
                         receive stop -> ok end end),
    First = spawn(fun() -> T = ets:new(t, [{heir, Mid, from_first}]), ets:insert(T, {k, first}),
                           Self ! ready, receive stop -> ok end end),
    receive ready -> ok end,
    First ! stop,
    receive {mid, D1} -> d(D1) end,
    Mid ! stop,
    receive {last, D2, L} -> d({D2, L}) end,
    Last ! stop.
