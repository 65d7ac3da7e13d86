%% With eof the end of output is a message and the port stays open until closed.
-module(port_eof_option).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "echo hi"}, [eof, exit_status]),
    erlang:display(receive {P, M1} -> M1 end),
    erlang:display(receive {P, M2} -> M2 end),
    erlang:display(receive {P, M3} -> M3 after 2000 -> none end),
    erlang:display(is_list(erlang:port_info(P))),
    erlang:display(port_close(P)),
    erlang:display(receive {'EXIT', P, R} -> R after 1000 -> noexit end),
    erlang:display(erlang:port_info(P)).
