-module(otp_supervisor).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).

init(Strategy) ->
    Flags = #{strategy => Strategy, intensity => 5, period => 10},
    Children = [#{id => Id, start => {?MODULE, start_worker, [Id]}, restart => permanent}
                || Id <- [w1, w2, w3]],
    {ok, {Flags, Children}}.

start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    register(Id, Pid),
    {ok, Pid}.

worker(Id) ->
    receive
        {stop, From} -> From ! {stopped, Id}, exit(normal);
        {ask, From} -> From ! {Id, alive}, worker(Id)
    end.

ask(Id) ->
    Id ! {ask, self()},
    receive {Id, A} -> A after 1000 -> timeout end.

stop_and_wait(Id) ->
    Old = whereis(Id),
    Ref = monitor(process, Old),
    Id ! {stop, self()},
    receive {stopped, Id} -> ok end,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    wait_restart(Id, Old, 100).

wait_restart(_Id, _Old, 0) -> not_restarted;
wait_restart(Id, Old, N) ->
    case whereis(Id) of
        P when is_pid(P), P =/= Old -> restarted;
        _ -> timer:sleep(5), wait_restart(Id, Old, N - 1)
    end.

run(Strategy) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    io:format("~p children: ~p~n", [Strategy, length(supervisor:which_children(Sup))]),
    io:format("~p counts: ~p~n", [Strategy, supervisor:count_children(Sup)]),
    Before = [whereis(Id) || Id <- [w1, w2, w3]],
    io:format("~p stop w2: ~p~n", [Strategy, stop_and_wait(w2)]),
    timer:sleep(20),
    After = [whereis(Id) || Id <- [w1, w2, w3]],
    io:format("~p same pids: ~p~n", [Strategy, [B =:= A || {B, A} <- lists:zip(Before, After)]]),
    io:format("~p asks: ~p~n", [Strategy, [ask(Id) || Id <- [w1, w2, w3]]]),
    io:format("~p terminate w1: ~p~n", [Strategy, supervisor:terminate_child(Sup, w1)]),
    io:format("~p restart w1: ~p~n", [Strategy, element(1, supervisor:restart_child(Sup, w1))]),
    io:format("~p delete: ~p~n", [Strategy, supervisor:delete_child(Sup, w3)]),
    io:format("~p w3 after delete: ~p~n", [Strategy, supervisor:terminate_child(Sup, w3)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("~p sup down: ~p~n", [Strategy, R]) end,
    io:format("~p workers gone: ~p~n", [Strategy, [whereis(Id) || Id <- [w1, w2]]]).

main() ->
    process_flag(trap_exit, true),
    [run(S) || S <- [one_for_one, one_for_all, rest_for_one]],
    ok.
