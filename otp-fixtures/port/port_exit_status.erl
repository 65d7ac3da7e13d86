%% exit_status: the status follows all output; the port then closes with reason normal.
-module(port_exit_status).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    [run(S) || S <- ["exit 0", "exit 3", "echo out; exit 7", "kill -9 $$"]],
    ok.
run(Script) ->
    P = open_port({spawn_executable, "/bin/sh"}, [{args, ["-c", Script]}, exit_status, binary]),
    erlang:display(msgs(P)).
msgs(P) ->
    receive
        {P, {data, D}} -> [D | msgs(P)];
        {P, {exit_status, N}} -> [{exit_status, N} | msgs(P)];
        {'EXIT', P, R} -> [{exit, R}]
    after 5000 -> [timeout]
    end.
