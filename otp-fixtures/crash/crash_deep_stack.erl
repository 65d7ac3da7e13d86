%% A crash at the bottom of deep body recursion: only the newest frames of the stack trace appear
%% in the do_boot line.
-module(crash_deep_stack).
-export([main/0]).

main() ->
    erlang:display(descending),
    down(1000).

down(0) -> 1 + list_to_integer("not a number");
down(N) -> 1 + down(N - 1).
