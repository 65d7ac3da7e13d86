%% Large maps (tries of inner nodes) copied whole: sent in messages, spawned with, stored in
%% ETS and in persistent_term, and read back intact.
-module(maps_large_copied).
-export([main/0]).

main() ->
    M = maps:from_list([{I, {I, integer_to_list(I)}} || I <- lists:seq(1, 5000)]),
    Nested = #{big => M, list => [M, M], small => #{a => M}},
    Self = self(),
    Pid = spawn(fun() -> receive {From, X} -> From ! {self(), X} end end),
    Pid ! {Self, Nested},
    Back = receive {Pid, Y} -> Y end,
    erlang:display(Back =:= Nested),
    T = ets:new(t, []),
    true = ets:insert(T, {k, Nested}),
    [{k, FromEts}] = ets:lookup(T, k),
    erlang:display(FromEts =:= Nested),
    persistent_term:put(maps_large_copied, Nested),
    erlang:display(persistent_term:get(maps_large_copied) =:= Nested),
    Parent = self(),
    spawn(fun() -> Parent ! {spawned, maps:size(maps:get(big, Nested))} end),
    erlang:display(receive {spawned, N} -> N end),
    erlang:display(erts_debug:flat_size(M) > 0),
    erlang:display(maps:get(4321, maps:get(a, maps:get(small, FromEts)))),
    ok.
