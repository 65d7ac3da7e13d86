%% whereis/1 and named tables after their owner ends
-module(ets_whereis_owner_death).
-export([main/0]).
-compile([nowarn_unused_function, nowarn_unused_vars]).

e(F) -> try F() catch C:R:S -> {C, R, top(S)} end.
top([{M, F, A, I} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, I, none)};
top(_) -> none.
d(X) -> erlang:display(X).
s(T) -> lists:sort(ets:tab2list(T)).

main() ->
    Self = self(),
    P = spawn(fun() -> ets:new(ets_whereis_od, [named_table]), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    R = ets:whereis(ets_whereis_od),
    d(is_reference(R)),
    d(ets:info(R, name)),
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    d(ets:whereis(ets_whereis_od)),
    d(ets:info(R)),
    d(e(fun() -> ets:lookup(R, k) end)).
