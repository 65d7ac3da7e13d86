%% Version 2 of the demo server cl_srv: replies are tagged v2 and `add` doubles its argument.
-module(cl_srv).
-export([start/1, loop/1, stubborn/1]).
start(State) -> spawn(fun() -> loop(State) end).
loop(State) ->
    receive
        {upgrade} -> ?MODULE:loop(State);
        {add, N} -> loop(State + 2 * N);
        {get, From} -> From ! {self(), {v2, State}}, loop(State);
        {stop, From} -> From ! {self(), stopped}
    end.
stubborn(State) ->
    receive
        {get, From} -> From ! {self(), {v2_stubborn, State}}, stubborn(State);
        {stop, From} -> From ! {self(), stopped}
    end.
