-module(proc_demonitor_info).
-export([main/0]).

main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    erlang:display(demonitor(R, [flush, info])),
    erlang:display(demonitor(R, [flush, info])),
    Q = spawn(fun() -> ok end),
    R2 = monitor(process, Q),
    receive {'DOWN', R2, _, _, _} = D -> self() ! D end,
    erlang:display(demonitor(R2, [info])),
    erlang:display(demonitor(R2, [flush])),
    erlang:display(receive {'DOWN', _, _, _, _} -> left after 0 -> flushed end),
    erlang:display(demonitor(make_ref(), [info])),
    erlang:display(demonitor(make_ref(), [])),
    P ! stop,
    ok.
