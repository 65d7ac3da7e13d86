%% Monitors of ports: 'DOWN' after port_close, none after demonitor, noproc for a closed port.
-module(port_monitor).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, []),
    R1 = monitor(port, P),
    R2 = monitor(port, P),
    erlang:display(demonitor(R2)),
    port_close(P),
    erlang:display(receive {'DOWN', R1, port, P, R} -> R after 2000 -> nodown end),
    erlang:display(receive {'DOWN', R2, _, _, _} -> second after 200 -> no_second end),
    R3 = monitor(port, P),
    erlang:display(receive {'DOWN', R3, port, P, Why} -> Why after 2000 -> nodown end),
    R4 = monitor(port, no_such_port_name),
    erlang:display(receive {'DOWN', R4, port, Obj, Why2} -> {Obj, Why2} after 2000 -> nodown end).
