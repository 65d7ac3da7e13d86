-module(fxbase_app).
-behaviour(application).
-export([start/2, stop/1, prep_stop/1]).
start(Type, Args) ->
    io:format("fxbase start ~p ~p~n", [Type, Args]),
    fxbase_server:start_link().
prep_stop(State) -> io:format("fxbase prep_stop~n"), State.
stop(_State) -> io:format("fxbase stop~n"), ok.
