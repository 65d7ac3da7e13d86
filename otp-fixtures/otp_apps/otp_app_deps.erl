%% app: fxbase fxtop
%% args: -fxbase colour green -s NAME main
%% Two applications where one depends on the other: start refused while the dependency is not
%% running, ensure_all_started, which_applications (sorted), env from the .app file and the
%% command line, application keys, stop in order (prep_stop, stop, the server's terminate); the
%% application controller's reports reach a handler of the fixture's own, which passes them on
-module(otp_app_deps).
-export([main/0, log/2]).
main() ->
    register(fx_main, self()),
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    io:format("~p~n", [application:start(fxtop)]),
    io:format("~p~n", [application:ensure_all_started(fxtop)]),
    io:format("~p~n", [application:ensure_all_started(fxtop)]),
    io:format("~p~n", [application:start(fxbase)]),
    io:format("~p~n", [lists:sort(application:which_applications())]),
    io:format("~p~n", [application:get_env(fxbase, colour)]),
    io:format("~p~n", [lists:sort(application:get_all_env(fxbase))]),
    io:format("~p~n", [application:get_key(fxtop, applications)]),
    io:format("~p~n", [application:get_key(fxbase, vsn)]),
    io:format("~p~n", [application:get_key(fxbase, mod)]),
    {ok, Mods} = application:get_key(fxbase, modules),
    io:format("~p~n", [lists:sort(Mods)]),
    io:format("~p~n", [application:get_application(fxbase_server)]),
    io:format("~p~n", [application:stop(fxbase)]),
    reports(),
    io:format("~p~n", [[A || {A, _, _} <- lists:sort(application:which_applications())]]),
    io:format("~p~n", [application:stop(fxtop)]),
    reports(),
    io:format("~p~n", [application:stop(fxtop)]),
    io:format("~p~n", [[A || {A, _, _} <- lists:sort(application:which_applications())]]),
    io:format("~p~n", [application:unload(fxbase)]),
    io:format("~p~n", [application:get_env(fxbase, colour)]).
log(#{level := Level, msg := {report, Report}}, _) ->
    fx_main ! {logged, Level, maps:without([label], Report)};
log(#{level := Level}, _) ->
    fx_main ! {logged, Level, other}.
reports() ->
    timer:sleep(50),
    io:format("~p~n", [lists:sort(collect())]).
collect() ->
    receive {logged, Level, What} -> [{Level, What} | collect()] after 0 -> [] end.
