%% args: +S 1 -s NAME main
%% The first process is killed by a process it spawned, on one scheduler.
-module(crash_killed_on_one_scheduler).
-export([main/0]).
main() ->
    Me = self(),
    spawn(fun() -> exit(Me, kill) end),
    loop(0).
loop(N) -> loop(N + 1).
