%% gen_server crashing in handle_cast: the logged "Generic server terminating" error report
%% (crash reports of proc_lib, which carry pids, are filtered out), terminate/2 seeing the
%% reason, a monitor's 'DOWN', and a failing init returning {error, ...} / ignore / {stop, ...}
-module(otp_gs_crash).
-behaviour(gen_server).
-export([main/0, drop_crash_reports/2]).
-export([init/1, handle_call/3, handle_cast/2, terminate/2]).
main() ->
    ok = logger:add_primary_filter(fx_no_crash_reports, {fun ?MODULE:drop_crash_reports/2, []}),
    {ok, Pid} = gen_server:start({local, fx_crasher}, ?MODULE, ok, []),
    Ref = monitor(process, Pid),
    gen_server:cast(fx_crasher, {divide, 0}),
    receive {'DOWN', Ref, process, Pid, Reason} -> ok end,
    timer:sleep(100),
    io:format("down ~p~n", [element(1, Reason)]),
    io:format("~p~n", [gen_server:start(?MODULE, {error, bad_config}, [])]),
    io:format("~p~n", [gen_server:start(?MODULE, ignore, [])]),
    io:format("~p~n", [gen_server:start(?MODULE, {stop, no_way}, [])]),
    io:format("~p~n", [catch gen_server:start(?MODULE, throw_me, [])]),
    timer:sleep(100),
    io:format("done~n").
drop_crash_reports(#{msg := {report, #{label := {proc_lib, crash}}}}, _) -> stop;
drop_crash_reports(Event, _) -> Event.
init(ok) -> {ok, #{count => 1}};
init({error, E}) -> {error, E};
init(ignore) -> ignore;
init({stop, R}) -> {stop, R};
init(throw_me) -> throw({stop, thrown}).
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast({divide, N}, S) -> {noreply, S#{result => 10 div N}}.
terminate(Reason, _S) -> io:format("terminate ~p~n", [element(1, Reason)]).
