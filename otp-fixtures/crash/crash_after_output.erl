%% Plenty of output before the crash: all of it must appear, in order, before the do_boot line.
-module(crash_after_output).
-export([main/0]).

main() ->
    [erlang:display({line, N, lists:seq(1, N rem 17)}) || N <- lists:seq(1, 500)],
    erlang:display(hd(lists:nthtail(500, lists:seq(1, 500)))).
