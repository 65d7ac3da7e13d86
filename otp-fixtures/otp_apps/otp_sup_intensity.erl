%% supervisor restart intensity exceeded: a child crashing on every start makes the supervisor give
%% up with reached_max_restart_intensity (its reports through the fixture's handler) and exit
%% with shutdown; a transient child ending normally is not restarted, a permanent one is
-module(otp_sup_intensity).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/2, log/2]).
main() ->
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    {ok, _} = supervisor:start_child(Sup, #{id => tr, start => {?MODULE, start_worker, [tr, normal]}, restart => transient}),
    timer:sleep(50),
    io:format("~p~n", [[{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup), Id =:= tr]]),
    {ok, _} = supervisor:start_child(Sup, #{id => bad, start => {?MODULE, start_worker, [bad, boom]}}),
    receive {'EXIT', Sup, Reason} -> timer:sleep(50), io:format("supervisor exit ~p~n", [Reason])
    after 2000 -> io:format("no exit~n")
    end.
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 2, period => 5},
          [#{id => quiet, start => {?MODULE, start_worker, [quiet, never]}}]}}.
start_worker(Id, How) ->
    Pid = spawn_link(fun() ->
                             case How of
                                 never -> receive after infinity -> ok end;
                                 normal -> timer:sleep(10), exit(normal);
                                 boom -> timer:sleep(10), exit(boom)
                             end
                     end),
    io:format("start ~p~n", [Id]),
    {ok, Pid}.
log(#{level := Level, msg := {report, #{label := Label, report := Report}}}, _) ->
    Offender = proplists:get_value(offender, Report, []),
    io:format("[~p] ~p ~p ~p ~p~n",
              [Level, Label, proplists:get_value(errorContext, Report),
               proplists:get_value(reason, Report), proplists:get_value(id, Offender)]);
log(#{level := Level}, _) ->
    io:format("[~p] other~n", [Level]).
