-module(proc_alias).
-export([main/0, err/1]).

flush() -> receive M -> [M | flush()] after 0 -> [] end.

main() ->
    A = alias(),
    erlang:display(is_reference(A)),
    A ! {via_alias, 1},
    receive {via_alias, N} -> erlang:display({got, N}) end,
    Self = self(),
    spawn(fun() -> A ! from_child end),
    receive from_child -> erlang:display(from_child) end,
    erlang:display(unalias(A)),
    erlang:display(unalias(A)),
    A ! dropped,
    spawn(fun() -> A ! dropped_child, Self ! sync end),
    receive sync -> ok end,
    receive after 10 -> ok end,
    erlang:display(flush()),
    R = alias([reply]),
    R ! first,
    R ! second,
    receive after 10 -> ok end,
    erlang:display(flush()),
    P = spawn(fun() -> receive {Reply, Q} -> Reply ! {answer, Q * 2} end end),
    M = monitor(process, P, [{alias, demonitor}]),
    P ! {M, 21},
    receive {answer, X} -> erlang:display({answer, X}) end,
    receive {'DOWN', M, process, P, Why} -> erlang:display({down, Why}) end,
    M ! after_down,
    receive after 10 -> ok end,
    erlang:display(flush()),
    P2 = spawn(fun() -> receive {Reply, Q} -> Reply ! {answer, Q}, Reply ! {answer, again} end end),
    M2 = monitor(process, P2, [{alias, reply_demonitor}]),
    P2 ! {M2, once},
    receive after 30 -> ok end,
    erlang:display(flush()),
    erlang:display(demonitor(M2, [info])),
    P3 = spawn(fun() -> receive {Reply, Q} -> Reply ! {answer, Q} end end),
    M3 = monitor(process, P3, [{alias, explicit_unalias}]),
    erlang:display(demonitor(M3)),
    P3 ! {M3, still_alias},
    receive after 20 -> ok end,
    erlang:display(flush()),
    erlang:display(unalias(M3)),
    erlang:display(err(fun() -> alias([bogus]) end)),
    erlang:display(err(fun() -> monitor(process, self(), [{alias, sometimes}]) end)),
    erlang:display(err(fun() -> unalias(not_ref) end)),
    Plain = make_ref(),
    Plain ! to_plain_ref,
    receive after 10 -> ok end,
    erlang:display(flush()),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
