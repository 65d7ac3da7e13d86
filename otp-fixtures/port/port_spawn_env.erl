%% spawn_executable with args, arg0, env and cd; stderr_to_stdout.
-module(port_spawn_env).
-export([main/0]).
main() ->
    run("/bin/sh", [{args, ["-c", "echo $GIRDER_T $0 $1; pwd"]}, {arg0, "zero"},
                    {env, [{"GIRDER_T", "value"}]}, {cd, "/"}]),
    run("/bin/sh", [{args, ["-c", "echo out; echo err 1>&2"]}, stderr_to_stdout]),
    run("/bin/sh", [{args, ["-c", "echo x${HOME_UNSET_T}y"]}, {env, [{"HOME_UNSET_T", false}]}]),
    run("/bin/echo", [{args, ["a b", <<"c">>]}]),
    ok.
run(File, Opts) ->
    process_flag(trap_exit, true),
    P = open_port({spawn_executable, File}, [binary, exit_status | Opts]),
    erlang:display(collect(P, <<>>)).
collect(P, Acc) ->
    receive
        {P, {data, D}} -> collect(P, <<Acc/binary, D/binary>>);
        {P, {exit_status, S}} -> {Acc, S}
    after 5000 -> timeout
    end.
