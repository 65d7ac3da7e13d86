%% supervisor one_for_all and rest_for_one: which siblings are stopped (in reverse start order)
%% and restarted when one child dies; the supervisor reports come through the fixture's handler
-module(otp_sup_one_for_all).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1, log/2]).
main() ->
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    [run(Strategy) || Strategy <- [one_for_all, rest_for_one]],
    io:format("end~n").
run(Strategy) ->
    io:format("== ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    timer:sleep(20),
    fx_b ! crash,
    timer:sleep(100),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- lists:sort(supervisor:which_children(Sup))]]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, _, _, R} -> io:format("sup down ~p~n", [R]) end.
init(Strategy) ->
    Child = fun(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}, shutdown => 1000} end,
    {ok, {#{strategy => Strategy, intensity => 5, period => 10},
          [Child(fx_a), Child(fx_b), Child(fx_c), Child(fx_d)]}}.
start_worker(Name) ->
    Parent = self(),
    Pid = spawn_link(fun() ->
                             process_flag(trap_exit, true),
                             register(Name, self()),
                             Parent ! {up, self()},
                             worker(Name)
                     end),
    receive {up, Pid} -> ok end,
    io:format("start ~p~n", [Name]),
    {ok, Pid}.
worker(Name) ->
    receive
        crash -> exit(crashed);
        {'EXIT', _, Reason} -> io:format("stop ~p ~p~n", [Name, Reason]), exit(Reason)
    end.
log(#{level := Level, msg := {report, #{label := Label, report := Report}}}, _) ->
    Offender = proplists:get_value(offender, Report, []),
    io:format("[~p] ~p ~p ~p ~p~n",
              [Level, Label, proplists:get_value(errorContext, Report),
               proplists:get_value(reason, Report), proplists:get_value(id, Offender)]);
log(#{level := Level}, _) ->
    io:format("[~p] other~n", [Level]).
