%% memory(processes) grows with a process holding a large heap and agrees with process_info.
-module(bif2_memory_processes).
-export([main/0]).

main() ->
    Before = erlang:memory(processes),
    Self = self(),
    P = spawn(fun() -> L = lists:seq(1, 200000), Self ! ready, receive stop -> length(L) end end),
    receive ready -> ok end,
    {memory, PM} = process_info(P, memory),
    After = erlang:memory(processes),
    erlang:display(PM > 1000000),
    erlang:display(After > Before),
    erlang:display(After >= PM),
    erlang:display(erlang:memory(total) >= After),
    P ! stop,
    ok.
