%% Output still queued when a port is closed is written before the program's input closes.
-module(port_close_flushes).
-export([main/0]).
main() ->
    P = open_port({spawn_executable, "/bin/sh"},
                  [{args, ["-c", "F=/tmp/girder_port_flush_$$; cat > $F.out; mv $F.out $F; echo $F"]},
                   eof, binary]),
    {os_pid, Pid} = erlang:port_info(P, os_pid),
    port_command(P, binary:copy(<<"0123456789">>, 500000)),
    port_close(P),
    F = "/tmp/girder_port_flush_" ++ integer_to_list(Pid),
    Q = open_port({spawn_executable, "/bin/sh"},
                  [{args, ["-c", "while [ ! -f " ++ F ++ " ]; do sleep 0.01; done; wc -c < " ++ F ++ "; rm " ++ F]},
                   eof]),
    erlang:display(receive {Q, {data, D}} -> D after 10000 -> timeout end).
