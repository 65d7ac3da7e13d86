-module(fxfail_app).
-behaviour(application).
-export([start/2, stop/1]).
start(_Type, _Args) ->
    case application:get_env(fxfail, how) of
        {ok, crash} -> erlang:error(start_crashed);
        {ok, bad_return} -> not_a_tuple;
        _ -> {error, not_today}
    end.
stop(_) -> ok.
