%% the heir gets the table and an 'ETS-TRANSFER' message when the owner dies
-module(ets_heir).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    P = spawn(fun() ->
        T = ets:new(t, [{heir, Self, {gift, 1}}]),
        ets:insert(T, {k, v}),
        Self ! {tab, T},
        receive stop -> ok end
    end),
    receive {tab, T} -> ok end,
    d(ets:info(T, heir) =:= Self),
    d(e(fun() -> ets:insert(T, {mine}) end)),
    P ! stop,
    receive
        {'ETS-TRANSFER', T2, From, Data} ->
            d({T2 =:= T, From =:= P, Data})
    after 5000 -> d(no_transfer)
    end,
    d(ets:info(T, owner) =:= self()),
    d(ets:info(T, heir) =:= Self),
    d(ets:insert(T, {mine})),
    d(lists:sort(ets:tab2list(T))),
    %% A named table keeps its name through the transfer.
    P2 = spawn(fun() ->
        ets:new(ets_heir_named, [named_table, {heir, Self, named}]),
        Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    P2 ! stop,
    receive {'ETS-TRANSFER', Name, _, D2} -> d({Name, D2}) after 5000 -> d(no_transfer) end,
    d(ets:info(ets_heir_named, owner) =:= self()).
