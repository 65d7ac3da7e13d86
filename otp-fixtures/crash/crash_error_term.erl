%% An uncaught error with a structured reason ends the boot: do_boot line with the reason and the
%% stack trace (file and line of each frame), exit status 1.
-module(crash_error_term).
-export([main/0]).

main() ->
    erlang:display(starting),
    step(3).

step(0) -> erlang:error({custom_failure, [1, 2, 3], "text", 1.5});
step(N) -> [N | step(N - 1)].
