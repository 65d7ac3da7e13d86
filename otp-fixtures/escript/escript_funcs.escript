#!/usr/bin/env escript
%% args: 10
%% An escript with local functions and records.
-record(acc, {sum = 0, n = 0}).
main([N]) ->
    Acc = lists:foldl(fun(X, A) -> add(X, A) end, #acc{}, lists:seq(1, list_to_integer(N))),
    io:format("sum ~p of ~p~n", [Acc#acc.sum, Acc#acc.n]).
add(X, #acc{sum = S, n = C}) -> #acc{sum = S + X, n = C + 1}.
