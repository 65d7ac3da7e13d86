%% Many ports at once, each echoing its own data through `cat` in {packet, 4} messages of up
%% to 64 KB; then a check that the VM holds no more descriptors than before and has no child
%% process left (the shell that looks is the only child). Prints ok lines only; used by
%% tests/port_stress.rs and scripts/race.sh.
%%
%% `-s port_stress main Ports Bytes` sets the number of ports and the bytes each echoes.
-module(port_stress).
-export([main/0, main/1]).

main() -> run(64, 200 * 1024).

main([Ports, Bytes]) ->
    run(list_to_integer(atom_to_list(Ports)), list_to_integer(atom_to_list(Bytes))).

run(Ports, Bytes) ->
    process_flag(trap_exit, true),
    _ = sh("true"),
    FdsBefore = fds(),
    %% One 64 KB pattern shared by all messages (a reference-counted binary), so that the
    %% test spends its time in the ports, not in making data.
    Pattern = << <<(I rem 251)>> || I <- lists:seq(1, 65536) >>,
    Self = self(),
    Pids = [spawn_link(fun() -> Self ! {self(), echo(N, Bytes, Pattern)} end)
            || N <- lists:seq(1, Ports)],
    Results = [receive {Pid, R} -> R end || Pid <- Pids],
    Bad = [R || R <- Results, R =/= ok],
    erlang:display({echoed, Bad =:= [], length(Results)}),
    [erlang:display({first_bad, hd(Bad)}) || Bad =/= []],
    erlang:display({fds_back, settle(fun() -> fds() =:= FdsBefore end, 500)}),
    erlang:display({no_children, settle(fun() -> children() =:= 1 end, 500)}).

%% Port N's messages: a header (port, sequence number) and a slice of the pattern, sizes
%% varying from 1 byte to 64 KB, Bytes in all. A second process sends them while the port's
%% owner reads the echoes, so pipes fill and ports go busy.
echo(N, Bytes, Pattern) ->
    P = open_port({spawn, "cat"}, [binary, {packet, 4}]),
    Sizes = sizes(Bytes, 1, []),
    Receiver = self(),
    Sender = spawn_link(fun() ->
                  [port_command(P, [<<N:32, I:32>>, binary:part(Pattern, 0, S)])
                   || {I, S} <- Sizes],
                  Receiver ! {self(), sent}
              end),
    Result = check(P, N, Sizes),
    receive {Sender, sent} -> ok end,
    port_close(P),
    Result.

sizes(Left, _I, Acc) when Left =< 0 -> lists:reverse(Acc);
sizes(Left, I, Acc) ->
    S = min(Left, 1 + (I * 7919) rem 65536),
    sizes(Left - S, I + 1, [{I, S} | Acc]).

check(_P, _N, []) -> ok;
check(P, N, [{I, S} | Rest]) ->
    receive
        {P, {data, <<N:32, I:32, Body/binary>>}} when byte_size(Body) =:= S ->
            check(P, N, Rest);
        {P, {data, <<Got:32, J:32, Body/binary>>}} ->
            {port, N, expected, I, S, got, Got, J, byte_size(Body)}
    after 60000 -> {port, N, timeout_at, I}
    end.

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
