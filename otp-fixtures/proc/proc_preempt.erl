%% args: +S 1 -s NAME main
-module(proc_preempt).
-export([main/0]).

%% On one scheduler, busy processes that never receive must not keep others from running:
%% reductions end their time slices.
spin(N) -> spin(N + 1).

main() ->
    Spinners = [spawn(fun() -> spin(0) end) || _ <- lists:seq(1, 4)],
    Self = self(),
    Echo = spawn(fun Loop() -> receive {From, X} -> From ! {echo, X}, Loop() end end),
    Rs = [begin Echo ! {Self, I}, receive {echo, V} -> V end end || I <- lists:seq(1, 200)],
    erlang:display(lists:sum(Rs)),
    erlang:send_after(20, self(), tick),
    receive tick -> erlang:display(tick) end,
    T0 = erlang:monotonic_time(millisecond),
    receive after 30 -> ok end,
    erlang:display(erlang:monotonic_time(millisecond) - T0 >= 30),
    erlang:display([is_process_alive(S) || S <- Spinners]),
    [exit(S, kill) || S <- Spinners],
    receive after 10 -> ok end,
    erlang:display([is_process_alive(S) || S <- Spinners]),
    {P, R} = spawn_monitor(fun() -> spin(0) end),
    exit(P, stop_spinning),
    receive {'DOWN', R, process, P, Why} -> erlang:display(Why) end.
