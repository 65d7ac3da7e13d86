%% Processes of another node on a node that is not distributed: link/1 succeeds and the link
%% breaks at once with an exit signal saying noconnection ({'EXIT', Pid, noconnection} when
%% trapping, the end of the process otherwise, nothing after unlink/1); monitor/2,3 gives a
%% reference and a 'DOWN' message saying noconnection (tags and aliases as usual, nothing after
%% demonitor/1,2); exit/2 and sends are dropped (send/3 with noconnect says so); other nodes'
%% ports and references are badarg where a process is expected, and {Name, Node} with another
%% node is badarg for monitor/2. Each case runs in a process of its own.
-module(proc_remote_pid).
-export([main/0]).

remote(N) -> binary_to_term(<<131, 88, 119, 10, "other@host", N:32, 3:32, 1:32>>).
remote_port() -> binary_to_term(<<131, 89, 119, 10, "other@host", 5:32, 1:32>>).
remote_ref() -> binary_to_term(<<131, 90, 3:16, 119, 10, "other@host", 1:32, 1:32, 2:32, 3:32>>).

%% Runs Fun(Report) in a new process and shows what it reported, then how it ended.
run(Name, Fun) ->
    Me = self(),
    {Pid, Ref} = spawn_monitor(fun() -> Fun(fun(X) -> Me ! {self(), X} end) end),
    erlang:display({Name, collect(Pid, Ref)}).

collect(Pid, Ref) ->
    receive
        {Pid, X} -> [X | collect(Pid, Ref)];
        {'DOWN', Ref, process, Pid, Why} -> [{ended, Why}]
    end.

%% All messages now in the queue (a message to oneself arrives before this one).
drain() ->
    self() ! '$end',
    drain_loop().
drain_loop() ->
    receive '$end' -> []; M -> [M | drain_loop()] end.

%% Replaces the remote pid and references by atoms (their printed forms differ between runs).
scrub(T, P) when T =:= P -> remote_pid;
scrub(T, _) when is_reference(T) -> ref;
scrub(T, P) when is_tuple(T) -> list_to_tuple(scrub(tuple_to_list(T), P));
scrub([H | T], P) -> [scrub(H, P) | scrub(T, P)];
scrub(T, _) -> T.

main() ->
    P = remote(2),
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    erlang:display({node(P), node(P) =/= node(), is_pid(P)}),
    run(link_untrapped, fun(R) ->
        R(link(P)),
        receive after 10 -> ok end,
        R(not_reached)
    end),
    run(link_trapped, fun(R) ->
        process_flag(trap_exit, true),
        R(link(P)),
        R(link(P)),
        R(scrub(drain(), P)),
        R(scrub(process_info(self(), links), P))
    end),
    run(link_then_unlink, fun(R) ->
        process_flag(trap_exit, true),
        R(link(P)),
        R(unlink(P)),
        R(unlink(P)),
        R(scrub(drain(), P)),
        R(process_info(self(), links))
    end),
    run(links_listed, fun(R) ->
        process_flag(trap_exit, true),
        Local = spawn_link(fun() -> receive stop -> ok end end),
        link(P),
        link(remote(7)),
        Ms = drain(),
        R(length(Ms)),
        R(lists:sort([scrub(M, P) || M <- Ms, element(2, M) =/= remote(7)])),
        R(lists:member({'EXIT', remote(7), noconnection}, Ms)),
        R(process_info(self(), links) =:= {links, [Local]}),
        Local ! stop
    end),
    run(monitor, fun(R) ->
        Ref = monitor(process, P),
        R(is_reference(Ref)),
        Ms = drain(),
        R(Ms =:= [{'DOWN', Ref, process, P, noconnection}]),
        R(process_info(self(), monitors)),
        R(demonitor(Ref)),
        R(demonitor(Ref, [info]))
    end),
    run(monitor_demonitor, fun(R) ->
        Ref = monitor(process, P),
        R(demonitor(Ref, [info])),
        R(scrub(drain(), P)),
        Ref2 = monitor(process, P),
        R(demonitor(Ref2, [flush, info])),
        R(scrub(drain(), P)),
        Ref3 = monitor(process, P),
        R(demonitor(Ref3)),
        R(scrub(drain(), P))
    end),
    run(monitor_tag, fun(R) ->
        Ref = monitor(process, P, [{tag, my_tag}]),
        R(drain() =:= [{my_tag, Ref, process, P, noconnection}])
    end),
    run(monitor_alias, fun(R) ->
        Ref = monitor(process, P, [{alias, demonitor}]),
        R(drain() =:= [{'DOWN', Ref, process, P, noconnection}]),
        Ref ! through_alias,
        R(drain()),
        R(unalias(Ref))
    end),
    run(monitor_explicit_alias, fun(R) ->
        Ref = monitor(process, P, [{alias, explicit_unalias}]),
        R(drain() =:= [{'DOWN', Ref, process, P, noconnection}]),
        Ref ! through_alias,
        R(drain()),
        R(unalias(Ref))
    end),
    run(monitor_names, fun(R) ->
        R(T(fun() -> monitor(process, {some_name, other@host}) end)),
        R(T(fun() -> monitor(process, {some_name, other@host}, [{tag, x}]) end)),
        Ref = monitor(process, {some_name, node()}),
        R(scrub(drain(), P)),
        R(is_reference(Ref))
    end),
    run(exit_and_send, fun(R) ->
        R(exit(P, foo)),
        R(exit(P, kill)),
        R(exit(P, normal)),
        R(P ! hello),
        R(erlang:send(P, hello)),
        R(erlang:send(P, hello, [])),
        R(erlang:send(P, hello, [nosuspend])),
        R(erlang:send(P, hello, [noconnect])),
        R(erlang:send(P, hello, [noconnect, nosuspend])),
        R({some_name, other@host} ! hello),
        R(erlang:send({some_name, other@host}, hello, [noconnect])),
        R(erlang:send({some_name, other@host}, hello, [nosuspend])),
        R(erlang:send({some_name, node()}, hello, [noconnect])),
        R(erlang:send(self(), hello, [noconnect])),
        R(erlang:send(remote_ref(), hello, [noconnect])),
        R(remote_ref() ! hello),
        R(drain())
    end),
    run(other_identifiers, fun(R) ->
        Port = remote_port(),
        Ref = remote_ref(),
        R([T(F) || F <- [fun() -> link(Port) end, fun() -> unlink(Port) end,
                         fun() -> monitor(port, Port) end, fun() -> monitor(process, Port) end,
                         fun() -> exit(Port, foo) end, fun() -> Port ! x end,
                         fun() -> erlang:send(Port, x, [noconnect]) end,
                         fun() -> demonitor(Ref) end, fun() -> demonitor(Ref, [info]) end,
                         fun() -> link(Ref) end, fun() -> monitor(process, Ref) end,
                         fun() -> is_process_alive(P) end, fun() -> process_info(P) end,
                         fun() -> process_info(P, links) end]])
    end),
    ok.
