%% app: fxbase
%% args: -fxbase size 9 -fxbase extra "\"text\"" -s NAME main
%% Application environment without starting: load, get_env/1,2,3, set_env/unset_env with and
%% without persistence across reload, set_env/1 of a config list, get_all_env, command-line values
-module(otp_app_env).
-export([main/0]).
main() ->
    io:format("~p~n", [application:get_env(fxbase, size)]),
    io:format("~p~n", [application:load(fxbase)]),
    io:format("~p~n", [application:load(fxbase)]),
    io:format("~p~n", [application:get_env(fxbase, size)]),
    io:format("~p~n", [application:get_env(fxbase, extra)]),
    io:format("~p~n", [application:get_env(fxbase, nested)]),
    io:format("~p~n", [application:get_env(fxbase, missing, fallback)]),
    ok = application:set_env(fxbase, colour, red),
    ok = application:set_env(fxbase, shape, round, [{persistent, true}]),
    ok = application:unset_env(fxbase, size),
    io:format("~p~n", [lists:sort(application:get_all_env(fxbase))]),
    ok = application:unload(fxbase),
    ok = application:load(fxbase),
    io:format("~p~n", [lists:sort(application:get_all_env(fxbase))]),
    io:format("~p~n", [application:set_env([{fxbase, [{colour, pink}, {depth, 1}]}])]),
    io:format("~p~n", [lists:sort(application:get_all_env(fxbase))]),
    io:format("~p~n", [catch application:set_env(fxbase, "bad key", 1)]),
    io:format("~p~n", [application:get_all_key(fx_unknown)]),
    {ok, Keys} = application:get_all_key(fxbase),
    io:format("~p~n", [lists:sort([K || {K, _} <- Keys])]),
    io:format("~p~n", [proplists:get_value(description, Keys)]).
