%% Links: one process links to 200,000 waiting processes, then unlinks them all.
-module(proc_links).
-export([main/0]).

-define(N, 200000).

main() ->
    Pids = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, ?N)],
    {links, Before} = process_info(self(), links),
    T0 = erlang:monotonic_time(),
    [true = link(Pid) || Pid <- Pids],
    {links, Links} = process_info(self(), links),
    [true = unlink(Pid) || Pid <- Pids],
    T1 = erlang:monotonic_time(),
    [Pid ! stop || Pid <- Pids],
    erlang:display({bench, links, erlang:convert_time_unit(T1 - T0, native, microsecond),
                    length(Links) - length(Before)}).
