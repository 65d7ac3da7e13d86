%% owner, heir and protection reported through a chain of transfers
-module(ets_owner_transfer_info).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    T = ets:new(t, [public, {heir, Self, h}]),
    Ps = [spawn(fun() -> relay(Self) end) || _ <- lists:seq(1, 3)],
    ets:give_away(T, hd(Ps), hop),
    pass(Ps),
    d(ets:info(T, owner) =:= lists:last(Ps)),
    d(ets:info(T, heir) =:= Self),
    [P ! stop || P <- Ps],
    receive {'ETS-TRANSFER', T, _, h} -> d(inherited) after 5000 -> d(timeout) end,
    d(ets:info(T, owner) =:= Self).
pass([P]) -> receive {at, P, Own} -> d(Own) end;
pass([P, Next | Rest]) ->
    receive {at, P, Own} -> d(Own) end,
    P ! {pass, Next},
    pass([Next | Rest]).
relay(Parent) ->
    T = receive {'ETS-TRANSFER', Tab, _, hop} -> Tab end,
    Parent ! {at, self(), ets:info(T, owner) =:= self()},
    receive
        {pass, Next} -> ets:give_away(T, Next, hop), receive stop -> ok end;
        stop -> ok
    end.
