%% Another process kills the first process while it waits in a receive.
-module(crash_killed_by_other).
-export([main/0]).
main() ->
    Me = self(),
    spawn(fun() -> exit(Me, kill) end),
    receive never -> ok end.
