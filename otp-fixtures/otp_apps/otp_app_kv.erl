%% app: kvapp
%% args: -kvapp limit 2 -s NAME main
%% application:start/1 of an application in the fixture's own ebin, with env from the .app file
%% overridden on the command line, a supervised gen_server that is restarted after a crash
%% (logger silenced: its reports carry pids), and application:stop/1.
-module(otp_app_kv).
-export([main/0]).
main() ->
    io:format("~p~n", [application:start(kvapp)]),
    io:format("~p~n", [application:get_env(kvapp, greeting)]),
    io:format("~p~n", [application:get_env(kvapp, limit)]),
    io:format("~p~n", [[kvapp_store:put(K, V) || {K, V} <- [{a, 1}, {b, 2}, {c, 3}]]]),
    io:format("~p~n", [kvapp_store:get(a)]),
    logger:set_primary_config(level, none),
    kvapp_store:crash(),
    timer:sleep(100),
    io:format("~p~n", [kvapp_store:get(a)]),
    io:format("~p~n", [lists:keymember(kvapp, 1, application:which_applications())]),
    io:format("~p~n", [application:stop(kvapp)]),
    io:format("~p~n", [lists:keymember(kvapp, 1, application:which_applications())]).
