-module(proc_after).
-export([main/0, err/1, wait/1]).

wait(T) -> receive go -> go after T -> timeout end.

main() ->
    erlang:display(wait(0)),
    erlang:display(wait(5)),
    self() ! go,
    erlang:display(wait(0)),
    self() ! go,
    erlang:display(wait(infinity)),
    self() ! other,
    erlang:display(wait(3)),
    erlang:display(receive other -> other_left after 0 -> none end),
    T0 = erlang:monotonic_time(millisecond),
    wait(50),
    T1 = erlang:monotonic_time(millisecond),
    erlang:display(T1 - T0 >= 50),
    erlang:display(err(fun() -> wait(-1) end)),
    erlang:display(err(fun() -> wait(foo) end)),
    erlang:display(err(fun() -> wait(1.5) end)),
    P = self(),
    spawn(fun() -> receive after 20 -> P ! late end end),
    erlang:display(wait(1)),
    erlang:display(receive late -> late end),
    ok.

err(F) ->
    try F() of
        V when is_pid(V) -> pid;
        V when is_reference(V) -> ref;
        V -> {value, V}
    catch C:R -> {C, R}
    end.
