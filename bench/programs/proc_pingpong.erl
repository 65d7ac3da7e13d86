%% Two processes exchanging 1,000,000 round trips.
-module(proc_pingpong).
-export([main/0]).

-define(N, 1000000).

pong() ->
    receive
        {ping, From} -> From ! pong, pong();
        stop -> ok
    end.

ping(_P, 0) -> ok;
ping(P, N) -> P ! {ping, self()}, receive pong -> ping(P, N - 1) end.

main() ->
    P = spawn(fun pong/0),
    ping(P, ?N),
    P ! stop,
    erlang:display(done).
