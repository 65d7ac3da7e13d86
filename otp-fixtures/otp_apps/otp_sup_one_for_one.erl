%% supervisor one_for_one: children started in order, a crashing child restarted (the supervisor
%% report, printed by the fixture's own logger handler without pids), which_children,
%% count_children, terminate_child, restart_child, delete_child, a temporary child not restarted
-module(otp_sup_one_for_one).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1, log/2]).
main() ->
    logger:remove_handler(default),
    ok = logger:add_handler(fx_handler, ?MODULE, #{}),
    {ok, _} = supervisor:start_link({local, fx_sup}, ?MODULE, []),
    show_children(),
    fx_w2 ! crash,
    timer:sleep(100),
    show_children(),
    io:format("~p~n", [supervisor:count_children(fx_sup)]),
    io:format("~p~n", [supervisor:terminate_child(fx_sup, w1)]),
    show_children(),
    io:format("~p~n", [element(1, supervisor:restart_child(fx_sup, w1))]),
    io:format("~p~n", [supervisor:terminate_child(fx_sup, w3)]),
    io:format("~p~n", [supervisor:delete_child(fx_sup, w3)]),
    io:format("~p~n", [supervisor:delete_child(fx_sup, nope)]),
    {ok, _} = supervisor:start_child(fx_sup, #{id => tmp, start => {?MODULE, start_worker, [fx_tmp]}, restart => temporary}),
    fx_tmp ! crash,
    timer:sleep(100),
    show_children(),
    unlink(whereis(fx_sup)),
    exit(whereis(fx_sup), shutdown),
    timer:sleep(100),
    io:format("end~n").
show_children() ->
    io:format("~p~n", [[{Id, is_pid(P), T} || {Id, P, T, _} <- lists:sort(supervisor:which_children(fx_sup))]]).
init([]) ->
    Child = fun(Id, Name) -> #{id => Id, start => {?MODULE, start_worker, [Name]}} end,
    {ok, {#{strategy => one_for_one, intensity => 3, period => 10},
          [Child(w1, fx_w1), Child(w2, fx_w2), Child(w3, fx_w3)]}}.
start_worker(Name) ->
    Pid = spawn_link(?MODULE, worker, [Name]),
    register(Name, Pid),
    io:format("started ~p~n", [Name]),
    {ok, Pid}.
worker(Name) ->
    process_flag(trap_exit, true),
    receive
        crash -> exit({crashed, Name});
        {'EXIT', _, Reason} -> io:format("~p stops: ~p~n", [Name, Reason]), exit(Reason)
    end.
log(#{level := Level, msg := {report, #{label := Label, report := Report}}}, _) ->
    Get = fun(K) -> proplists:get_value(K, Report) end,
    Offender = Get(offender),
    io:format("[~p] ~p context=~p reason=~p child=~p~n",
              [Level, Label, Get(errorContext), Get(reason),
               case Offender of undefined -> none; _ -> proplists:get_value(id, Offender) end]);
log(#{level := Level, msg := Msg}, _) ->
    io:format("[~p] other ~p~n", [Level, element(1, Msg)]).
