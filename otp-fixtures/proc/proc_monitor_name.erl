-module(proc_monitor_name).
-export([main/0, err/1]).

main() ->
    R0 = monitor(process, no_such_name),
    receive {'DOWN', R0, process, Obj0, Why0} -> erlang:display({Obj0, Why0}) end,
    P = spawn(fun() -> receive stop -> exit(done) end end),
    register(named_proc, P),
    R1 = monitor(process, named_proc),
    R2 = monitor(process, {named_proc, node()}),
    named_proc ! stop,
    receive {'DOWN', R1, process, Obj1, Why1} -> erlang:display({Obj1, Why1}) end,
    receive {'DOWN', R2, process, Obj2, Why2} -> erlang:display({Obj2, Why2}) end,
    erlang:display(whereis(named_proc)),
    erlang:display(err(fun() -> monitor(process, {named_proc, 'other@host', extra}) end)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
