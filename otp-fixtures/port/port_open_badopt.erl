%% Which bad arguments of open_port/2 are bad options (badarg with cause badopt: the settings
%% list is checked first) and which are plain badarg (the name, and what depends on both).
-module(port_open_badopt).
-export([main/0]).
main() ->
    T = {spawn, "true"},
    Cases = [{T, notalist}, {T, [bogus]}, {T, [{packet, 3}]}, {T, [{packet, x}]},
             {T, [{line, 0}]}, {T, [{line, -1}]}, {T, [{env, bad}]}, {T, [{env, [{"A", 1}]}]},
             {T, [{env, [{"", "x"}]}]}, {T, [{env, [{"A=B", "x"}]}]}, {T, [{env, [bad]}]},
             {T, [{args, ["a"]}]}, {T, [{args, []}]}, {T, [{arg0, "x"}]}, {T, [{arg0, 1}]},
             {T, [{cd, 1}]}, {T, [{parallelism, x}]}, {T, [{busy_limits_port, x}]},
             {T, [{busy_limits_msgq, {1, 2, 3}}]}, {T, [{busy_limits_port, {-1, 5}}]},
             {T, [{line, 1}, {packet, 1}]}, {T, [{packet, 1}, line]},
             {T, [{packet, 2}, stream, {line, 3}]}, {T, [nouse_stdio, stderr_to_stdout]},
             {T, [a | b]}, {T, [{bogus, 1}]}, {T, [{1, 2, 3}]}, {T, [{packet, 2} | bad]},
             {{fd, 0, 1}, [exit_status]}, {{fd, a, 1}, []}, {{fd, 0}, []}, {{}, []}, {{spawn}, []},
             {{bogus, "x"}, []}, {{spawn, 1}, []}, {{spawn, ""}, []}, {"", []}, {[], []},
             {{spawn_executable, "/bin/true"}, [{args, [1]}]},
             {{spawn_executable, "/bin/true"}, [{args, bad}]},
             {{spawn_executable, "/bin/true"}, [{args, ["x"]}, {arg0, "y"}, {cd, "/"}]},
             {{spawn, "true"}, [{cd, "/"}, {env, [{"A", false}, {"B", []}]}, exit_status]},
             {{bogus, "x"}, [bogus]}, {{spawn_driver, "nosuchdrv"}, []},
             {{spawn_executable, "/nonexistent/x"}, []}, {{spawn, "true"}, [{busy_limits_port, {1, 2}}]},
             {{spawn, "true"}, [{busy_limits_msgq, disabled}, {busy_limits_port, disabled}]}],
    [erlang:display({C, outcome(C)}) || C <- Cases],
    ok.

outcome({N, S}) ->
    try open_port(N, S) of
        P when is_port(P) -> catch port_close(P), port
    catch
        error:E:St ->
            [{_, _, _, I} | _] = St,
            {E, proplists:get_value(error_info, I)}
    end.
