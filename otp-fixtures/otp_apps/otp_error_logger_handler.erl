%% error_logger's legacy event handlers: a handler added with add_report_handler receives
%% error_msg, warning_msg, info_msg and reports (their types and data), then is deleted
-module(otp_error_logger_handler).
-behaviour(gen_event).
-export([main/0]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
main() ->
    logger:set_primary_config(level, info),
    ok = logger:remove_handler(default),
    ok = error_logger:add_report_handler(?MODULE, self()),
    error_logger:error_msg("error ~p~n", [1]),
    error_logger:warning_msg("warning ~p~n", [2]),
    error_logger:info_msg("info ~p~n", [3]),
    error_logger:error_report([{k, v}]),
    error_logger:warning_report(custom_type, "text"),
    error_logger:info_report(progress_like, [{step, 1}]),
    logger:error("from logger ~p", [4]),
    logger:notice(#{from => logger}),
    timer:sleep(100),
    io:format("~p~n", [lists:sort(collect())]),
    io:format("~p~n", [error_logger:delete_report_handler(?MODULE)]),
    io:format("~p~n", [error_logger:delete_report_handler(?MODULE)]).
collect() -> receive {event, E} -> [E | collect()] after 0 -> [] end.
init(Owner) -> {ok, Owner}.
handle_event({Type, _GL, {_Pid, Format, Data}}, Owner) ->
    Owner ! {event, {Type, Format, Data}},
    {ok, Owner};
handle_event(Other, Owner) ->
    Owner ! {event, {other, element(1, Other)}},
    {ok, Owner}.
handle_call(_, Owner) -> {ok, ok, Owner}.
handle_info(_, Owner) -> {ok, Owner}.
terminate(Arg, _) -> io:format("terminate ~p~n", [Arg]).
