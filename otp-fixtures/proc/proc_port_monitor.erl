%% erlang:monitor(port, ...): a monitor of an open port (the standard I/O port "0/1") shows in
%% process_info(self(), monitors) and port_info(Port, monitored_by) until demonitor/1,2 or the
%% end of the watching process; a port that is not open, or a name (ports registered under it
%% or not), gives a 'DOWN' message saying noproc at once (with {tag, Tag} and aliases as for
%% processes); the badarg cases.
-module(proc_port_monitor).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 50 -> [] end.

%% The port with this name.
port_named(Name) ->
    [P] = [P || P <- erlang:ports(), erlang:port_info(P, name) =:= {name, Name}],
    P.

main() ->
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    Me = self(),
    P = port_named("0/1"),
    Before = element(2, erlang:port_info(P, monitored_by)),
    R = erlang:monitor(port, P),
    erlang:display(is_reference(R)),
    erlang:display(element(2, erlang:port_info(P, monitored_by)) -- Before =:= [self()]),
    erlang:display(erlang:port_info(P, monitors)),
    erlang:display(process_info(self(), monitors) =:= {monitors, [{port, P}]}),
    erlang:display(flush()),
    erlang:display(demonitor(R, [info])),
    erlang:display(demonitor(R, [info])),
    erlang:display(element(2, erlang:port_info(P, monitored_by)) =:= Before),
    erlang:display(process_info(self(), monitors)),
    R2 = erlang:monitor(port, P),
    erlang:display(demonitor(R2)),
    erlang:display(element(2, erlang:port_info(P, monitored_by)) =:= Before),
    %% The monitor of a process that ends is gone with it.
    {W, MW} = spawn_monitor(fun() ->
                                    erlang:monitor(port, P),
                                    erlang:monitor(port, P, [{tag, t}]),
                                    Me ! {monitoring, element(2, erlang:port_info(P, monitored_by)) -- Before},
                                    receive stop -> ok end
                            end),
    receive {monitoring, Ws} -> erlang:display(Ws =:= [W, W]) end,
    W ! stop,
    receive {'DOWN', MW, process, W, normal} -> ok end,
    erlang:display(element(2, erlang:port_info(P, monitored_by)) =:= Before),
    %% A port that is not open.
    Dead = list_to_port("#Port<0.999>"),
    R3 = erlang:monitor(port, Dead),
    erlang:display(flush() =:= [{'DOWN', R3, port, Dead, noproc}]),
    erlang:display(process_info(self(), monitors)),
    R4 = erlang:monitor(port, Dead, [{tag, my_tag}]),
    erlang:display(flush() =:= [{my_tag, R4, port, Dead, noproc}]),
    R5 = erlang:monitor(port, Dead, [{alias, demonitor}]),
    erlang:display(flush() =:= [{'DOWN', R5, port, Dead, noproc}]),
    R5 ! via_alias,
    erlang:display(flush()),
    R6 = erlang:monitor(port, Dead, [{alias, explicit_unalias}]),
    erlang:display(flush() =:= [{'DOWN', R6, port, Dead, noproc}]),
    R6 ! via_alias,
    erlang:display(flush()),
    erlang:display(unalias(R6)),
    %% Names.
    R7 = erlang:monitor(port, no_such_port),
    erlang:display(flush() =:= [{'DOWN', R7, port, {no_such_port, node()}, noproc}]),
    register(proc_port_monitor, self()),
    R8 = erlang:monitor(port, {proc_port_monitor, node()}),
    erlang:display(flush() =:= [{'DOWN', R8, port, {proc_port_monitor, node()}, noproc}]),
    unregister(proc_port_monitor),
    erlang:display(process_info(self(), monitors)),
    %% Bad arguments.
    erlang:display([T(F) || F <- [fun() -> erlang:monitor(port, self()) end,
                                  fun() -> erlang:monitor(port, "0/1") end,
                                  fun() -> erlang:monitor(port, {a, b, c}) end,
                                  fun() -> erlang:monitor(port, {a, other@host}) end,
                                  fun() -> erlang:monitor(port, {1, node()}) end,
                                  fun() -> erlang:monitor(process, P) end,
                                  fun() -> erlang:monitor(port, P, [bad]) end,
                                  fun() -> erlang:monitor(ports, P) end]]),
    erlang:display(flush()),
    ok.
