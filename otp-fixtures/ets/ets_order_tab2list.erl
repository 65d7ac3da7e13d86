%% tab2list of a set of integer keys shows erl's hash order
-module(ets_order_tab2list).
-export([main/0]).

main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I, I * 2}) || I <- lists:seq(1, 300)],
    io:format("~w~n", [ets:tab2list(T)]).
