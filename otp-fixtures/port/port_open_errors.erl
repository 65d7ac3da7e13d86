%% open_port/2's errors: bad names and options give badarg, a missing program enoent.
-module(port_open_errors).
-export([main/0]).
t(F) -> try F() of P when is_port(P) -> catch port_close(P), port; V -> V catch C:E -> {C, E} end.
main() ->
    Cases = [{foo, []}, {{spawn}, []}, {{spawn, ""}, []}, {{spawn, 42}, []},
             {{spawn_driver, "no_such_driver"}, []}, {{fd, -1, 1}, []}, {{fd, a, 1}, []},
             {{spawn, "cat"}, [bogus]}, {{spawn, "cat"}, [{packet, 3}]}, {{spawn, "cat"}, [{packet, 0}]},
             {{spawn, "cat"}, [{line, 0}]}, {{spawn, "cat"}, notalist}, {{spawn, "cat"}, [binary | tail]},
             {{spawn, "cat"}, [{args, ["a"]}]}, {{spawn, "cat"}, [{parallelism, maybe}]},
             {{spawn, "cat"}, [{env, [{"A", "1"}, {"B", false}]}]}, {{spawn, "cat"}, [{env, [bad]}]},
             {{spawn, "cat"}, [{busy_limits_port, {1, 2}}]}, {{spawn, "cat"}, [{busy_limits_port, bad}]},
             {{spawn, "cat"}, [stream, hide, overlapped_io, use_stdio, in, out, eof, binary]},
             {{spawn_executable, "/nonexistent/program"}, []},
             {{spawn_executable, "/etc/passwd"}, []},
             {{spawn_executable, ""}, []}, {{spawn, "tty_sl -c -e"}, [eof]}],
    [erlang:display({Name, t(fun() -> open_port(Name, Opts) end)}) || {Name, Opts} <- Cases],
    ok.
