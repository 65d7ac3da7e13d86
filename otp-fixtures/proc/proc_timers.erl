-module(proc_timers).
-export([main/0, err/1]).

collect(0) -> [];
collect(N) -> receive M -> [M | collect(N - 1)] end.

main() ->
    erlang:send_after(30, self(), third),
    erlang:send_after(10, self(), first),
    erlang:send_after(20, self(), second),
    erlang:send_after(0, self(), zeroth),
    erlang:display(collect(4)),
    T = erlang:start_timer(10, self(), hello),
    receive {timeout, T, hello} -> erlang:display(timer_ref_matches) end,
    T2 = erlang:send_after(1000, self(), never),
    Left = erlang:read_timer(T2),
    erlang:display(is_integer(Left) andalso Left > 900 andalso Left =< 1000),
    C = erlang:cancel_timer(T2),
    erlang:display(is_integer(C) andalso C > 900),
    erlang:display(erlang:cancel_timer(T2)),
    erlang:display(erlang:read_timer(T2)),
    receive never -> erlang:display(bad) after 20 -> erlang:display(cancelled_ok) end,
    T3 = erlang:start_timer(1000, self(), x),
    erlang:display(erlang:cancel_timer(T3, [{async, true}, {info, false}])),
    T4 = erlang:start_timer(1000, self(), x),
    erlang:display(erlang:cancel_timer(T4, [{info, false}])),
    T5 = erlang:start_timer(1000, self(), x),
    ok = erlang:cancel_timer(T5, [{async, true}]),
    receive {cancel_timer, T5, V5} -> erlang:display(is_integer(V5)) end,
    register(timer_target, self()),
    erlang:send_after(5, timer_target, by_name),
    receive by_name -> erlang:display(by_name) end,
    erlang:send_after(5, no_such_name_xyz, lost),
    receive lost -> erlang:display(bad) after 30 -> erlang:display(lost_ok) end,
    erlang:display(err(fun() -> erlang:send_after(-1, self(), x) end)),
    erlang:display(err(fun() -> erlang:send_after(10, "self", x) end)),
    erlang:display(err(fun() -> erlang:start_timer(1.0, self(), x) end)),
    erlang:display(err(fun() -> erlang:cancel_timer(not_a_ref) end)),
    erlang:display(erlang:cancel_timer(make_ref())),
    Now = erlang:monotonic_time(millisecond),
    TA = erlang:send_after(Now + 15, self(), absolute, [{abs, true}]),
    receive absolute -> erlang:display(absolute) end,
    erlang:display(erlang:monotonic_time(millisecond) >= Now + 15),
    erlang:display(erlang:read_timer(TA)),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
