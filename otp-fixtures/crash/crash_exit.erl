%% An uncaught exit from the start function: the do_boot line shows the exit reason.
-module(crash_exit).
-export([main/0]).

main() ->
    erlang:display(before_exit),
    exit({goodbye, [cruel, world]}).
