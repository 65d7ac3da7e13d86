%% Without eof, the end of the program's output closes the port: its links get
%% {'EXIT', Port, normal} and its monitors 'DOWN' with normal.
-module(port_end_closes).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "echo bye"}, []),
    Ref = monitor(port, P),
    erlang:display(receive {P, {data, D}} -> D end),
    erlang:display(receive {'EXIT', P, R} -> {exit, R} after 2000 -> noexit end),
    erlang:display(receive {'DOWN', Ref, port, P, R2} -> {down, R2} after 2000 -> nodown end),
    erlang:display(erlang:port_info(P, name)).
