%% supervisor simple_one_for_one: start_child with extra arguments, count_children,
%% terminate_child by pid, children with a transient restart, and the error for a bad child start
-module(otp_sup_simple).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/2, log/2]).
main() ->
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    {ok, Sup} = supervisor:start_link({local, fx_pool}, ?MODULE, []),
    Pids = [begin {ok, P} = supervisor:start_child(fx_pool, [N]), P end || N <- [1, 2, 3]],
    io:format("~p~n", [supervisor:count_children(fx_pool)]),
    io:format("~p~n", [supervisor:start_child(fx_pool, [fail])]),
    io:format("~p~n", [supervisor:start_child(fx_pool, [ignore])]),
    [P1, P2, P3] = Pids,
    io:format("~p~n", [supervisor:terminate_child(fx_pool, P1)]),
    io:format("~p~n", [supervisor:terminate_child(fx_pool, P1)]),
    P2 ! {stop, normal},
    P3 ! {stop, oops},
    timer:sleep(100),
    io:format("~p~n", [supervisor:count_children(fx_pool)]),
    io:format("~p~n", [length(supervisor:which_children(fx_pool))]),
    io:format("~p~n", [catch supervisor:restart_child(fx_pool, x)]),
    unlink(Sup),
    exit(Sup, shutdown),
    timer:sleep(50),
    io:format("end~n").
init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 3, period => 10},
          [#{id => worker, start => {?MODULE, start_worker, [pool]}, restart => transient}]}}.
start_worker(pool, fail) -> {error, refused};
start_worker(pool, ignore) -> ignore;
start_worker(pool, N) ->
    Pid = spawn_link(fun() -> receive {stop, R} -> exit(R) end end),
    io:format("worker ~p~n", [N]),
    {ok, Pid}.
log(#{level := Level, msg := {report, #{label := Label, report := Report}}}, _) ->
    io:format("[~p] ~p ~p ~p~n",
              [Level, Label, proplists:get_value(errorContext, Report),
               proplists:get_value(reason, Report)]);
log(#{level := Level}, _) ->
    io:format("[~p] other~n", [Level]).
