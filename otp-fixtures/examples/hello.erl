%% The example module `make run` shows girder at work on.
-module(hello).
-export([main/0, fact/1]).

main() ->
    erlang:display({hello, world}),
    erlang:display(fact(20)),
    erlang:display([X * X || X <- lists:seq(1, 5)]).

fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).
