%% Benchmark: 10,000 `os:cmd("true")` calls (spawning, reaping and closing ports).
-module(port_os_cmd).
-export([main/0]).

main() ->
    T0 = erlang:monotonic_time(),
    R = length([ok || _ <- lists:seq(1, 10000), os:cmd("true") =:= []]),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, os_cmd, erlang:convert_time_unit(T1 - T0, native, microsecond), R}).
