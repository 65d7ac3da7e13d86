-module(proc_supervisor).
-export([main/0, worker/2]).

%% A small supervisor: starts workers linked to itself, traps exits, restarts crashed
%% workers up to a limit, and reports what happened in order.
worker(Name, Parent) ->
    Parent ! {started, Name},
    receive
        crash -> exit({crashed, Name});
        {divide, 0} -> exit({badarith, divide_by_zero});
        {divide, X} -> Parent ! {result, Name, 100 div X}, worker(Name, Parent);
        stop -> ok
    end.

start_child(Name) ->
    P = spawn_link(?MODULE, worker, [Name, self()]),
    receive {started, Name} -> P end.

supervise(Children, Restarts, Log) ->
    receive
        {'EXIT', Pid, Reason} ->
            case lists:keyfind(Pid, 2, Children) of
                {Name, Pid} when Reason =:= normal ->
                    supervise(lists:keydelete(Pid, 2, Children), Restarts, [{stopped, Name} | Log]);
                {Name, Pid} when Restarts > 0 ->
                    New = start_child(Name),
                    supervise(lists:keyreplace(Pid, 2, Children, {Name, New}), Restarts - 1,
                              [{restarted, Name, short(Reason)} | Log]);
                {Name, Pid} ->
                    {gave_up, Name, lists:reverse(Log)};
                false ->
                    supervise(Children, Restarts, [unknown_exit | Log])
            end;
        {cmd, Name, Msg} ->
            {Name, Pid} = lists:keyfind(Name, 1, Children),
            Pid ! Msg,
            supervise(Children, Restarts, Log);
        {result, Name, V} ->
            supervise(Children, Restarts, [{result, Name, V} | Log]);
        {report, From} ->
            From ! {log, lists:reverse(Log), [N || {N, _} <- Children]},
            supervise(Children, Restarts, Log)
    end.

short({crashed, N}) -> {crashed, N};
short({badarith, _}) -> badarith;
short(R) -> R.

sup_init(Names, Max) ->
    process_flag(trap_exit, true),
    Children = [{N, start_child(N)} || N <- Names],
    supervise(Children, Max, []).

main() ->
    Sup = spawn(fun() -> exit(sup_init([a, b, c], 3)) end),
    M = monitor(process, Sup),
    Steps = [{cmd, a, {divide, 5}}, {cmd, b, crash}, {cmd, a, {divide, 0}}, {cmd, c, stop},
             {cmd, a, {divide, 4}}, {cmd, b, {divide, 50}}],
    lists:foreach(fun(S) -> Sup ! S, receive after 20 -> ok end end, Steps),
    Sup ! {report, self()},
    receive {log, Log, Alive} -> erlang:display(Log), erlang:display(lists:sort(Alive)) end,
    Sup ! {cmd, a, crash},
    receive after 20 -> ok end,
    Sup ! {cmd, b, crash},
    receive {'DOWN', M, process, Sup, Why} -> erlang:display(Why) end.
