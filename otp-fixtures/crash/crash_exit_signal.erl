%% The first process stops trapping exits and receives an exit signal from another one.
-module(crash_exit_signal).
-export([main/0]).
main() ->
    process_flag(trap_exit, false),
    Me = self(),
    spawn(fun() -> exit(Me, {shutdown, [1, 2.5, "text", {a, b}]}) end),
    receive never -> ok end.
