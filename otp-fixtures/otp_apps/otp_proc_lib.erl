%% proc_lib: start_link with init_ack and a failing start, spawn_link'ed processes with
%% initial_call and ancestors, and the crash reports of proc_lib processes (seen through a
%% handler of the fixture's own: label, initial call, registered name, class and reason)
-module(otp_proc_lib).
-export([main/0, init_ok/1, init_fail/1, crasher/1, log/2]).
main() ->
    register(fx_main, self()),
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    process_flag(trap_exit, true),
    {ok, Pid} = proc_lib:start_link(?MODULE, init_ok, [self()]),
    io:format("started ~p~n", [is_pid(Pid)]),
    io:format("~p~n", [proc_lib:initial_call(Pid)]),
    io:format("~p~n", [proc_lib:translate_initial_call(Pid)]),
    {dictionary, D} = process_info(Pid, dictionary),
    io:format("~p~n", [length(proplists:get_value('$ancestors', D))]),
    io:format("~p~n", [proc_lib:start_link(?MODULE, init_fail, [self()])]),
    receive {'EXIT', _, Why} -> io:format("exit ~p~n", [Why]) after 1000 -> ok end,
    Pid ! stop,
    receive {'EXIT', Pid, R0} -> io:format("exit ~p~n", [R0]) end,
    C1 = proc_lib:spawn_link(?MODULE, crasher, [error]),
    receive {'EXIT', C1, R1} -> io:format("crasher exit ~p~n", [element(1, R1)]) end,
    C2 = proc_lib:spawn(?MODULE, crasher, [exit]),
    C3 = proc_lib:spawn(?MODULE, crasher, [throw]),
    C4 = proc_lib:spawn(?MODULE, crasher, [normal]),
    [begin M = monitor(process, C), receive {'DOWN', M, _, _, _} -> ok end end || C <- [C2, C3, C4]],
    timer:sleep(50),
    io:format("~p~n", [lists:sort(reports())]).
init_ok(Parent) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    receive stop -> exit(stopped_on_request) end.
init_fail(Parent) ->
    proc_lib:init_ack(Parent, {error, refused}).
crasher(error) -> register(fx_crasher, self()), erlang:error({bad, thing});
crasher(exit) -> exit(gone);
crasher(throw) -> throw(ball);
crasher(normal) -> ok.
log(#{level := Level, msg := {report, #{label := Label, report := [Info | _]}}}, _) ->
    {Class, Reason, _Stack} = proplists:get_value(error_info, Info),
    fx_main ! {report, {Level, Label, proplists:get_value(initial_call, Info),
                        proplists:get_value(registered_name, Info), Class, Reason}};
log(#{level := Level}, _) ->
    fx_main ! {report, {Level, other}}.
reports() ->
    receive {report, R} -> [R | reports()] after 0 -> [] end.
