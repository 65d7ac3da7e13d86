%% port_close/1 on a closed port raises badarg; so does a command.
-module(port_close_twice).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    erlang:display(port_close(P)),
    erlang:display(receive {'EXIT', P, R} -> R after 2000 -> none end),
    erlang:display(receive {P, closed} -> closed after 100 -> no_closed_message end),
    erlang:display(try port_close(P) catch error:E -> E end),
    erlang:display(try port_command(P, "a") catch error:E2 -> E2 end),
    erlang:display(try port_control(P, 0, []) catch error:E3 -> E3 end),
    erlang:display(try port_connect(P, self()) catch error:E4 -> E4 end).
