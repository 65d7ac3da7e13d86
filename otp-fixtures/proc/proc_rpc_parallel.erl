-module(proc_rpc_parallel).
-export([main/0]).

%% Parallel RPCs: each request carries a fresh reference; replies arrive in any order and
%% are collected in request order by selective receive.
server() ->
    receive
        {call, From, Ref, {sleep_then, Ms, V}} ->
            spawn(fun() -> receive after Ms -> From ! {Ref, V * V} end end),
            server();
        stop -> ok
    end.

call_async(S, Req) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, Req},
    Ref.

await(Ref) ->
    receive {Ref, V} -> V after 2000 -> timeout end.

main() ->
    S = spawn(fun server/0),
    Refs = [call_async(S, {sleep_then, (10 - I) * 5, I}) || I <- lists:seq(1, 10)],
    erlang:display([await(R) || R <- Refs]),
    Refs2 = [call_async(S, {sleep_then, 0, I}) || I <- lists:seq(1, 20)],
    erlang:display(lists:sum([await(R) || R <- lists:reverse(Refs2)])),
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), I * 3} end) || I <- lists:seq(1, 50)],
    erlang:display([receive {P, V} -> V end || P <- Pids] =:= [I * 3 || I <- lists:seq(1, 50)]),
    S ! stop,
    ok.
