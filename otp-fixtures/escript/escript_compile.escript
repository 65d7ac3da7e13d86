#!/usr/bin/env escript
%% args: 25
%% -mode(compile): the script is compiled; local functions, records, macros and a recursive loop
-mode(compile).
-define(SQUARE(X), ((X) * (X))).
-record(stats, {count = 0, total = 0}).
main([N]) ->
    Limit = list_to_integer(N),
    S = lists:foldl(fun add/2, #stats{}, [?SQUARE(I) || I <- lists:seq(1, Limit)]),
    io:format("~p squares, total ~p~n", [S#stats.count, S#stats.total]),
    io:format("~p~n", [fib(Limit)]),
    io:format("~p~n", [code:is_loaded(?MODULE) =/= false]),
    io:format("~p~n", [?MODULE_STRING =/= ""]).
add(X, #stats{count = C, total = T}) -> #stats{count = C + 1, total = T + X}.
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
