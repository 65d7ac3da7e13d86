%% a table growing to 50,000 integer keys and shrinking again walks in erl order
-module(ets_order_grow_shrink).
-export([main/0]).

main() ->
    [begin
         T = ets:new(t, [set | O]),
         [ets:insert(T, {I}) || I <- lists:seq(1, 50000)],
         p(T),
         [ets:delete(T, I) || I <- lists:seq(1, 50000), I rem 10 =/= 0],
         p(T),
         [ets:insert(T, {I}) || I <- lists:seq(60000, 61000)],
         p(T)
     end || O <- [[], [{write_concurrency, true}], [{write_concurrency, auto}], [{read_concurrency, true}]]].

p(T) ->
    L = [K || {K} <- ets:tab2list(T)],
    io:format("~w ~w ~w~n", [length(L), erlang:phash2(L), lists:sublist(L, 20)]).
