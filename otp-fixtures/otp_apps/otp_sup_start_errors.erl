%% supervisor start errors: start_child with a child returning {error, _}, crashing, returning
%% a bad value, an undefined module, ignore, a duplicate id, a bad child spec; check_childspecs;
%% start_link with a bad init return, a failing child (its supervisor report with the child's
%% details and no pid) and ignore (proc_lib crash reports, which carry pids, filtered out)
-module(otp_sup_start_errors).
-behaviour(supervisor).
-export([main/0, init/1, start_child/1, drop_crash_reports/2]).
main() ->
    ok = logger:add_primary_filter(fx_no_crash_reports, {fun ?MODULE:drop_crash_reports/2, []}),
    {ok, _} = supervisor:start_link({local, fx_sup}, ?MODULE, []),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c1, start => {?MODULE, start_child, [error]}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c2, start => {?MODULE, start_child, [crash]}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c3, start => {?MODULE, start_child, [bad]}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c4, start => {nomod, start, []}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c5, start => {?MODULE, start_child, [ignore]}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c5, start => {?MODULE, start_child, [ignore]}})]),
    io:format("~p~n", [supervisor:start_child(fx_sup, #{id => c6, start => x})]),
    io:format("~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}, restart => bogus}])]),
    process_flag(trap_exit, true),
    later(supervisor:start_link({local, fx_bad_init}, ?MODULE, bad_init)),
    later(supervisor:start_link({local, fx_failing}, ?MODULE, failing_child)),
    later(supervisor:start_link({local, fx_ignoring}, ?MODULE, ignore)),
    io:format("~p~n", [[whereis(N) || N <- [fx_bad_init, fx_failing, fx_ignoring]]]).
later(Result) ->
    timer:sleep(100),
    io:format("~p~n", [Result]).
drop_crash_reports(#{msg := {report, #{label := {proc_lib, crash}}}}, _) -> stop;
drop_crash_reports(Event, _) -> Event.
init([]) -> {ok, {#{}, []}};
init(bad_init) -> {ok, not_a_spec};
init(failing_child) -> {ok, {#{}, [#{id => f, start => {?MODULE, start_child, [error]}}]}};
init(ignore) -> ignore.
start_child(error) -> {error, refused};
start_child(crash) -> erlang:error(oops);
start_child(bad) -> not_ok;
start_child(ignore) -> ignore.
