%% bags with several objects per key keep erl order in lookup, tab2list and match_object
-module(ets_order_bag).
-export([main/0]).

main() ->
    [begin
         T = ets:new(t, [Type]),
         [ets:insert(T, {I rem 17, I}) || I <- lists:seq(1, 120)],
         ets:insert(T, [{3, a}, {3, b}, {99, c}]),
         ets:delete_object(T, {5, 22}),
         io:format("~p ~w~n~w~n~w~n", [Type, ets:lookup(T, 3), ets:tab2list(T),
                                       ets:match_object(T, {'_', '$1'})])
     end || Type <- [bag, duplicate_bag]].
