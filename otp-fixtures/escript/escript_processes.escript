#!/usr/bin/env escript
%% args: 5
%% An escript spawning workers and collecting their results in order, with a gen_server-free
%% registry of names and a timer
main([NText]) ->
    N = list_to_integer(NText),
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), I * I} end) || I <- lists:seq(1, N)],
    Results = [receive {P, R} -> R end || P <- Pids],
    io:format("~p~n", [Results]),
    register(fx_script_proc, self()),
    erlang:send_after(20, fx_script_proc, tick),
    receive tick -> io:format("tick~n") end,
    io:format("~p~n", [whereis(fx_script_proc) =:= self()]).
