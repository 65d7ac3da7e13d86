%% atom keys walk in erl order (hashed by their text)
-module(ets_order_atoms).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {list_to_atom("key_" ++ integer_to_list(I)), I}) || I <- lists:seq(1, 400)],
    [ets:insert(T, {A, 0}) || A <- [ok, error, true, false, undefined, 'ünïcode', x]],
    io:format("~w~n", [[K || {K, _} <- ets:tab2list(T)]]).
