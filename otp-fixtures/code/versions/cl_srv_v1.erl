%% Version 1 of the demo server cl_srv.
-module(cl_srv).
-export([start/1, loop/1, stubborn/1]).
start(State) -> spawn(fun() -> loop(State) end).
loop(State) ->
    receive
        {upgrade} -> ?MODULE:loop(State);
        {add, N} -> loop(State + N);
        {get, From} -> From ! {self(), {v1, State}}, loop(State);
        {stop, From} -> From ! {self(), stopped}
    end.
%% A server that never makes a qualified call.
stubborn(State) ->
    receive
        {get, From} -> From ! {self(), {v1_stubborn, State}}, stubborn(State);
        {stop, From} -> From ! {self(), stopped}
    end.
