%% A ring of 10,000 processes passing a token around 1,000 times (10 million messages).
-module(proc_ring).
-export([main/0]).

-define(SIZE, 10000).
-define(ROUNDS, 1000).

node_loop(Next) ->
    receive
        {token, 0} -> Next ! {token, 0};
        {token, N} -> Next ! {token, N - 1}, node_loop(Next)
    end.

build(1, First) -> First;
build(K, First) -> Next = build(K - 1, First), spawn(fun() -> node_loop(Next) end).

main() ->
    Self = self(),
    Last = build(?SIZE, Self),
    Last ! {token, ?SIZE * ?ROUNDS},
    relay(Last).

relay(Last) ->
    receive
        {token, 0} -> erlang:display(done);
        {token, N} -> Last ! {token, N - 1}, relay(Last)
    end.
