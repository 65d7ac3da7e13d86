-module(proc_timer_cancel_race).
-export([main/0]).

%% A timer cancelled after it fired returns false and its message is in the queue.
main() ->
    T = erlang:send_after(5, self(), fired),
    receive after 30 -> ok end,
    erlang:display(erlang:cancel_timer(T)),
    erlang:display(receive fired -> fired after 0 -> missing end),
    T2 = erlang:start_timer(5, self(), x),
    receive {timeout, T2, x} -> ok end,
    erlang:display(erlang:read_timer(T2)),
    ok.
