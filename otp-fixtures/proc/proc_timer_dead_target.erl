-module(proc_timer_dead_target).
-export([main/0]).

%% A timer to a process that died meanwhile does nothing; the timer reference still reads.
main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    T = erlang:send_after(30, P, hello),
    P ! stop,
    receive after 60 -> ok end,
    erlang:display(erlang:read_timer(T)),
    erlang:display(is_process_alive(P)),
    ok.
