-module(proc_monitor).
-export([main/0, err/1]).

main() ->
    {P, R} = spawn_monitor(fun() -> receive stop -> exit(stopped) end end),
    erlang:display(is_reference(R)),
    P ! stop,
    receive {'DOWN', R, process, P, Why} -> erlang:display({down, Why}) end,
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, Why2} -> erlang:display({down_dead, Why2}) end,
    P3 = spawn(fun() -> receive stop -> ok end end),
    R3 = monitor(process, P3),
    erlang:display(demonitor(R3)),
    P3 ! stop,
    receive {'DOWN', R3, _, _, _} -> erlang:display(unexpected) after 50 -> erlang:display(no_down) end,
    P4 = spawn(fun() -> ok end),
    R4 = monitor(process, P4),
    receive after 50 -> ok end,
    erlang:display(demonitor(R4, [flush])),
    erlang:display(receive {'DOWN', R4, _, _, _} -> still_there after 0 -> flushed end),
    P5 = spawn(fun() -> receive after infinity -> ok end end),
    R5 = monitor(process, P5),
    erlang:display(demonitor(R5, [info])),
    erlang:display(demonitor(R5, [info])),
    exit(P5, kill),
    R6a = monitor(process, P5),
    R6b = monitor(process, P5),
    receive {'DOWN', R6b, process, _, W6b} -> erlang:display({b, W6b}) end,
    receive {'DOWN', R6a, process, _, W6a} -> erlang:display({a, W6a}) end,
    erlang:display(err(fun() -> monitor(process, 42) end)),
    erlang:display(err(fun() -> monitor(port, self()) end)),
    erlang:display(err(fun() -> monitor(foo, self()) end)),
    erlang:display(err(fun() -> demonitor(not_a_ref) end)),
    erlang:display(err(fun() -> demonitor(make_ref(), [bogus]) end)),
    erlang:display(demonitor(make_ref())),
    P7 = spawn(fun() -> receive after infinity -> ok end end),
    Rs = [monitor(process, P7) || _ <- lists:seq(1, 5)],
    exit(P7, kill),
    erlang:display(length([receive {'DOWN', X, process, P7, killed} -> X end || X <- Rs])),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
