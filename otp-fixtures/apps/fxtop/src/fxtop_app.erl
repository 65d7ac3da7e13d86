-module(fxtop_app).
-behaviour(application).
-behaviour(supervisor).
-export([start/2, stop/1, init/1]).
start(Type, Arg) ->
    io:format("fxtop start ~p ~p, base colour ~p~n", [Type, Arg, fxbase_server:colour()]),
    supervisor:start_link(?MODULE, []).
stop(_) -> io:format("fxtop stop~n").
init([]) -> {ok, {#{strategy => one_for_one}, []}}.
