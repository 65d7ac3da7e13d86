%% app: fxfail
%% A failing application start: {error, ...} from start/2, a crash in start/2, a bad return, an
%% unknown application, a missing .app file's error, and load/unload; the crash and "exited"
%% reports reach a handler of the fixture's own, which passes their level and label on
-module(otp_app_fail).
-export([main/0, log/2]).
main() ->
    register(fx_main, self()),
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    io:format("~p~n", [application:start(fxfail)]),
    reports(),
    io:format("~p~n", [[A || {A, _, _} <- application:which_applications(), A =:= fxfail]]),
    ok = application:set_env(fxfail, how, crash),
    io:format("~p~n", [application:start(fxfail)]),
    reports(),
    ok = application:set_env(fxfail, how, bad_return),
    io:format("~p~n", [application:start(fxfail)]),
    reports(),
    io:format("~p~n", [application:start(fx_not_there)]),
    io:format("~p~n", [application:load(fx_not_there)]),
    io:format("~p~n", [application:load(fxfail)]),
    io:format("~p~n", [lists:keymember(fxfail, 1, application:loaded_applications())]),
    io:format("~p~n", [application:unload(fxfail)]),
    io:format("~p~n", [application:unload(fxfail)]),
    io:format("~p~n", [application:stop(fxfail)]),
    io:format("~p~n", [application:load({application, fx_inline, [{vsn, "1"}, {modules, []}, {env, [{k, v}]}]})]),
    io:format("~p~n", [application:get_env(fx_inline, k)]),
    io:format("~p~n", [application:start(fx_inline)]),
    io:format("~p~n", [application:stop(fx_inline)]).
log(#{level := Level, msg := {report, Report}}, _) ->
    Label = case Report of #{label := L} -> L; _ -> no_label end,
    fx_main ! {logged, Level, Label};
log(#{level := Level}, _) ->
    fx_main ! {logged, Level, other}.
reports() ->
    timer:sleep(50),
    io:format("~p~n", [lists:sort(collect())]).
collect() ->
    receive {logged, Level, Label} -> [{Level, Label} | collect()] after 0 -> [] end.
