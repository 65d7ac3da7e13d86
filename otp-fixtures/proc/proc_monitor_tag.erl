%% erlang:monitor/3 with {tag, Tag}: the 'DOWN' message starts with Tag; with names, with
%% noproc, with aliases, through spawn_opt's {monitor, Options}, flushed by demonitor/2; and
%% the errors for bad options.
-module(proc_monitor_tag).
-export([main/0]).

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    R1 = erlang:monitor(process, P, [{tag, my_tag}]),
    P ! stop,
    receive M1 -> erlang:display({atom_tag, M1 =:= {my_tag, R1, process, P, normal}}) end,
    R2 = erlang:monitor(process, P, [{tag, {a, tuple, [1, 2], <<"bin">>}}]),
    receive M2 -> erlang:display({tuple_tag, element(1, M2), M2 =:= {element(1, M2), R2, process, P, noproc}}) end,
    R3 = erlang:monitor(process, no_such_name, [{tag, named}]),
    receive M3 -> erlang:display({noproc_name, M3 =:= {named, R3, process, {no_such_name, node()}, noproc}}) end,
    Q = spawn(fun() -> receive _ -> ok end end),
    register(tagged_target, Q),
    R4 = erlang:monitor(process, tagged_target, [{tag, by_name}]),
    exit(Q, kill),
    receive M4 -> erlang:display({by_name, M4 =:= {by_name, R4, process, {tagged_target, node()}, killed}}) end,
    %% The last tag wins.
    W = spawn(fun() -> exit(done) end),
    R5 = erlang:monitor(process, W, [{tag, first}, {tag, second}]),
    receive M5 -> erlang:display({last_wins, M5 =:= {second, R5, process, W, done}}) end,
    %% spawn_opt's {monitor, Options}.
    {S1, SR1} = spawn_opt(fun() -> exit(boom) end, [{monitor, [{tag, spawned}]}]),
    receive M6 -> erlang:display({spawn_opt, M6 =:= {spawned, SR1, process, S1, boom}}) end,
    {S2, SR2} = spawn_opt(fun() -> exit(plain) end, [{monitor, []}]),
    receive M7 -> erlang:display({spawn_opt_plain, M7 =:= {'DOWN', SR2, process, S2, plain}}) end,
    {S3, SR3} = spawn_opt(fun() -> receive {From, R} -> From ! {R, hello} end, receive _ -> ok end end,
                          [{monitor, [{tag, t3}, {alias, demonitor}]}]),
    S3 ! {SR3, SR3},
    receive {SR3, hello} -> erlang:display(reply_through_alias) end,
    erlang:display({demonitor, erlang:demonitor(SR3, [info])}),
    SR3 ! dropped,
    receive dropped -> erlang:display(alias_still_active) after 50 -> erlang:display(alias_gone) end,
    exit(S3, kill),
    %% Tag with an alias that ends with the monitor.
    A = spawn(fun() -> receive {R, go} -> R ! {reply, R}, receive stop -> ok end end end),
    RA = erlang:monitor(process, A, [{alias, reply_demonitor}, {tag, tg}]),
    A ! {RA, go},
    receive {reply, RA} -> erlang:display(got_reply) end,
    A ! stop,
    receive M8 -> erlang:display({unexpected, M8}) after 100 -> erlang:display(no_down_after_reply) end,
    %% demonitor(R, [flush]) removes a tagged 'DOWN' message too.
    Z = spawn(fun() -> ok end),
    RZ = erlang:monitor(process, Z, [{tag, zt}]),
    receive after 50 -> ok end,
    erlang:display({flush, erlang:demonitor(RZ, [flush, info])}),
    erlang:display(process_info(self(), message_queue_len)),
    %% A tagged monitor shows in monitors/monitored_by as any other.
    V = spawn(fun() -> receive _ -> ok end end),
    RV = erlang:monitor(process, V, [{tag, vt}]),
    {monitors, Ms} = process_info(self(), monitors),
    {monitored_by, MB} = process_info(V, monitored_by),
    erlang:display({listed, Ms =:= [{process, V}], MB =:= [self()]}),
    erlang:display({demonitor_tagged, erlang:demonitor(RV, [info])}),
    exit(V, kill),
    receive M9 -> erlang:display({unexpected, M9}) after 50 -> erlang:display(no_down_after_demonitor) end,
    %% Errors.
    T = fun(F) -> try F() catch C:E -> {C, E} end end,
    Bad = [[{tag}], [bad], [{alias, bad}], bad, [{tag, a} | b], [{tag, a, b}], [{other, 1}]],
    erlang:display([T(fun() -> erlang:monitor(process, V, O) end) || O <- Bad]),
    erlang:display(T(fun() -> erlang:monitor(port, V, [{tag, x}]) end)),
    erlang:display(T(fun() -> erlang:monitor(foo, V, []) end)),
    erlang:display([T(fun() -> spawn_opt(fun() -> ok end, [{monitor, O}]) end) || O <- Bad]),
    ok.
