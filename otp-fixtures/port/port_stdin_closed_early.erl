%% A program that closes its input early: commands still succeed, and the end of its output
%% closes the port normally.
-module(port_stdin_closed_early).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn_executable, "/bin/sh"}, [{args, ["-c", "exec 0<&-; echo done"]}, exit_status]),
    erlang:display(receive {P, {data, D}} -> D after 5000 -> timeout end),
    erlang:display(receive {P, {exit_status, S}} -> S after 5000 -> timeout end),
    erlang:display(receive {'EXIT', P, R} -> R after 5000 -> timeout end).
