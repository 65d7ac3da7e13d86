%% `make run`: a tiny supervision tree. A supervisor starts a counter worker; the worker is
%% told to crash, the supervisor restarts it (logger prints the crash and supervisor reports),
%% and the new worker answers again.
-module(sup_demo).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/0, worker_loop/1]).

main() ->
    {ok, Sup} = supervisor:start_link({local, demo_sup}, ?MODULE, []),
    io:format("supervisor ~p started~n", [Sup]),
    io:format("worker answers ~p, then ~p~n", [ask(bump), ask(bump)]),
    Old = whereis(demo_worker),
    io:format("crashing worker ~p~n", [Old]),
    demo_worker ! crash,
    wait_restart(Old),
    timer:sleep(50), % lets logger print the crashed worker's error report first
    io:format("restarted as ~p, counter back to ~p~n", [whereis(demo_worker), ask(bump)]),
    io:format("children: ~p~n", [supervisor:count_children(demo_sup)]),
    unlink(Sup),
    exit(Sup, shutdown),
    ok.

init([]) ->
    Worker = #{id => demo_worker, start => {?MODULE, start_worker, []}},
    {ok, {#{strategy => one_for_one, intensity => 3, period => 5}, [Worker]}}.

start_worker() ->
    Pid = spawn_link(?MODULE, worker_loop, [0]),
    register(demo_worker, Pid),
    {ok, Pid}.

worker_loop(N) ->
    receive
        {From, bump} ->
            From ! {self(), N + 1},
            worker_loop(N + 1);
        crash ->
            error({worker_crashed, N})
    end.

ask(What) ->
    Pid = whereis(demo_worker),
    Pid ! {self(), What},
    receive {Pid, Answer} -> Answer after 1000 -> timeout end.

wait_restart(Old) ->
    case whereis(demo_worker) of
        New when is_pid(New), New =/= Old -> ok;
        _ -> timer:sleep(5), wait_restart(Old)
    end.
