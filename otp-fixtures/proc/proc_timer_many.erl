-module(proc_timer_many).
-export([main/0]).

%% Many timers: none lost or early. (The order of timers due within the same millisecond or two
%% is not specified: erl itself delivers them in varying orders, so it is not printed.)
main() ->
    Start = erlang:monotonic_time(millisecond),
    Ts = [(I * 37) rem 100 || I <- lists:seq(1, 1000)],
    [erlang:send_after(T, self(), {t, T, I}) || {I, T} <- lists:zip(lists:seq(1, 1000), Ts)],
    Got = [receive {t, T, I} -> {T, I, erlang:monotonic_time(millisecond) - Start} end || _ <- Ts],
    erlang:display(length(Got)),
    erlang:display(lists:all(fun({T, _, At}) -> At >= T end, Got)),
    erlang:display(lists:sort([I || {_, I, _} <- Got]) =:= lists:seq(1, 1000)),
    Refs = [erlang:start_timer(500 + I, self(), I) || I <- lists:seq(1, 100)],
    Cancelled = [erlang:cancel_timer(R) || R <- Refs],
    erlang:display(lists:all(fun is_integer/1, Cancelled)),
    receive {timeout, _, _} -> erlang:display(leaked) after 20 -> erlang:display(none_leaked) end.
