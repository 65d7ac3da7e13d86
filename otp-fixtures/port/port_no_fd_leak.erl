%% 300 ports opened, used and closed one after another, then 100 programs reaped with their
%% status (descriptor and child counts are checked by tests/port_stress.rs).
-module(port_no_fd_leak).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    N = length([ok || _ <- lists:seq(1, 300), echo()]),
    erlang:display(N),
    S = [status() || _ <- lists:seq(1, 100)],
    erlang:display(lists:usort(S)),
    erlang:display(length(erlang:ports()) < 10).
echo() ->
    P = open_port({spawn, "cat"}, [binary]),
    port_command(P, <<"x">>),
    R = receive {P, {data, <<"x">>}} -> true after 5000 -> false end,
    port_close(P),
    receive {'EXIT', P, normal} -> R after 5000 -> false end.
status() ->
    P = open_port({spawn_executable, "/bin/true"}, [exit_status]),
    receive {P, {exit_status, S}} -> receive {'EXIT', P, _} -> S end after 5000 -> timeout end.
