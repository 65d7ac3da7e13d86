%% app: fxbase
%% A permanent application whose top process is killed: the application stops (prep_stop, stop)
%% and the whole node shuts down as with init:stop/0, so the main process never prints again; the
%% reports reach a handler of the fixture's own, which prints their labels; the node ends with
%% "Kernel pid terminated" and status 1
%% exit: 1
-module(otp_app_permanent).
-export([main/0, log/2]).
main() ->
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    io:format("~p~n", [application:start(fxbase, permanent)]),
    io:format("~p~n", [application:which_applications() -- [X || X = {A, _, _} <- application:which_applications(), A =/= fxbase]]),
    exit(whereis(fxbase_server), kill),
    timer:sleep(3000),
    io:format("still running~n").
log(#{level := Level, msg := Msg}, _) ->
    What = case Msg of
               {report, #{label := Label}} -> Label;
               {report, R} when is_map(R) -> lists:sort(maps:keys(R));
               _ -> other
           end,
    %% An event logged by the I/O server itself cannot be printed through it: skipped.
    catch io:format("[~p] ~p~n", [Level, What]).
