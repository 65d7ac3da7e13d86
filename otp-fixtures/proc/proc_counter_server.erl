-module(proc_counter_server).
-export([main/0]).

%% A gen_server-like counter with synchronous calls and asynchronous casts.
start() -> spawn(fun() -> loop(0) end).

loop(N) ->
    receive
        {call, From, Ref, get} -> From ! {Ref, N}, loop(N);
        {call, From, Ref, {add, K}} -> From ! {Ref, ok}, loop(N + K);
        {cast, reset} -> loop(0);
        {cast, {mul, K}} -> loop(N * K);
        {call, From, Ref, stop} -> From ! {Ref, stopped}
    end.

call(S, Req) ->
    Ref = monitor(process, S),
    S ! {call, self(), Ref, Req},
    receive
        {Ref, Reply} -> demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, process, S, Why} -> {error, Why}
    end.

cast(S, Msg) -> S ! {cast, Msg}, ok.

main() ->
    S = start(),
    erlang:display(call(S, get)),
    erlang:display(call(S, {add, 5})),
    cast(S, {mul, 3}),
    erlang:display(call(S, get)),
    cast(S, reset),
    [call(S, {add, I}) || I <- lists:seq(1, 100)],
    erlang:display(call(S, get)),
    erlang:display(call(S, stop)),
    erlang:display(call(S, get)),
    ok.
