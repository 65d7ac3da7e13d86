%% An uncaught throw becomes error {nocatch, Value} in the do_boot line.
-module(crash_throw).
-export([main/0]).

main() ->
    erlang:display(before_throw),
    throw({ball, 42}).
