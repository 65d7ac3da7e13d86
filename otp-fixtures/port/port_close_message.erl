%% {Pid, close} closes the port: {Port, closed} then {'EXIT', Port, normal}.
-module(port_close_message).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    P ! {self(), close},
    erlang:display(receive {P, closed} -> closed after 2000 -> none end),
    erlang:display(receive {'EXIT', P, R} -> R after 2000 -> none end),
    P ! {self(), close},
    erlang:display(receive M -> M after 200 -> nothing end),
    erlang:display(try port_close(P) catch error:E -> E end),
    erlang:display(try port_command(P, "x") catch error:E2 -> E2 end).
