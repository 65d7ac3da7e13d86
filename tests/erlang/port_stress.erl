%% Many ports at once, each echoing its own data through `cat`; then a check that the VM
%% holds no more descriptors than before and has no child process left (the shell that
%% looks is the only child). Prints ok lines only; used by tests/port_stress.rs.
-module(port_stress).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    _ = sh("true"),
    FdsBefore = fds(),
    Self = self(),
    Pids = [spawn_link(fun() -> Self ! {self(), echo(N)} end) || N <- lists:seq(1, 64)],
    Results = [receive {Pid, R} -> R end || Pid <- Pids],
    erlang:display({echoed, lists:all(fun(R) -> R end, Results), length(Results)}),
    erlang:display({fds_back, settle(fun() -> fds() =:= FdsBefore end, 500)}),
    erlang:display({no_children, settle(fun() -> children() =:= 1 end, 500)}).

echo(N) ->
    P = open_port({spawn, "cat"}, [binary, {packet, 4}]),
    Msgs = [<<N:32, I:32, (binary:copy(<<I>>, (I * 97) rem 5000))/binary>> || I <- lists:seq(1, 200)],
    [port_command(P, M) || M <- Msgs],
    Got = [receive {P, {data, D}} -> D end || _ <- Msgs],
    port_close(P),
    Got =:= Msgs.

%% Retries F (the reaper and closing run on their own) up to N times, 10 ms apart.
settle(F, 0) -> F();
settle(F, N) ->
    case F() of
        true -> true;
        false -> receive after 10 -> settle(F, N - 1) end
    end.

sh(Cmd) ->
    P = open_port({spawn_executable, "/bin/sh"}, [{args, ["-c", Cmd]}, binary, exit_status]),
    read(P, <<>>).
read(P, Acc) ->
    receive
        {P, {data, D}} -> read(P, <<Acc/binary, D/binary>>);
        {P, {exit_status, _}} -> receive {'EXIT', P, _} -> ok after 1000 -> ok end, Acc
    end.

%% Descriptors of the VM (the shell's parent), less both ends of the shell's own two pipes.
fds() ->
    Count = "ls -l /proc/$PPID/fd | grep -v -e \"$(readlink /proc/$$/fd/0)\" "
            "-e \"$(readlink /proc/$$/fd/1)\" | wc -l",
    binary_to_integer(string:trim(sh(Count))).
children() -> length(string:lexemes(sh("cat /proc/$PPID/task/*/children"), " \n")).
