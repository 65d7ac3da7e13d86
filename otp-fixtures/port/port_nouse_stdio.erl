%% nouse_stdio: the program reads what the port sends on descriptor 3 and answers on
%% descriptor 4; its standard error stays the VM's, and stderr_to_stdout is a bad option with it.
%% Each program writes once and exits, so the order of data and exit status is fixed.
-module(port_nouse_stdio).
-export([main/0]).
main() ->
    P = open_port({spawn, "head -n 1 <&3 >&4"}, [nouse_stdio, exit_status]),
    port_command(P, "first line\nsecond\n"),
    collect(P),
    Sh = os:find_executable("sh"),
    P2 = open_port({spawn_executable, Sh},
                   [nouse_stdio, exit_status, binary, {packet, 2},
                    {args, ["-c", "dd bs=1 count=7 <&3 2>/dev/null >&4"]}]),
    port_command(P2, <<"hello">>),
    collect(P2),
    P3 = open_port({spawn, "sh -c 'echo to-stderr >&2; exit 3'"}, [nouse_stdio, exit_status]),
    collect(P3),
    P4 = open_port({spawn, "sh -c 'echo out-only >&4'"}, [nouse_stdio, in, exit_status]),
    collect(P4),
    P5 = open_port({spawn, "sh -c 'head -c 3 <&3 >/dev/null; exit 5'"},
                   [nouse_stdio, out, exit_status]),
    port_command(P5, "abc"),
    % A port that reads nothing never reports the exit status.
    erlang:display(receive {P5, M5} -> M5 after 300 -> no_status end),
    port_close(P5),
    [erlang:display(error_of(fun() -> open_port({spawn, "true"}, Opts) end))
     || Opts <- [[{nouse_stdio, true}], [nouse_stdio, stderr_to_stdout],
                 [stderr_to_stdout, nouse_stdio, use_stdio]]].

error_of(F) ->
    try F() of
        P -> port_close(P), port
    catch
        error:E:St -> {E, [I || {erlang, open_port, _, I} <- St]}
    end.

collect(P) ->
    receive
        {P, {exit_status, S}} -> erlang:display({exit_status, S});
        {P, M} -> erlang:display(M), collect(P)
    after 5000 -> erlang:display(timeout)
    end.
