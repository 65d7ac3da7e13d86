%% Timer times beyond 2^32-1 ms and absolute times ({abs, true}) for send_after/3,4 and
%% start_timer/3,4: which ones erl accepts, and that absolute timers fire.
-module(proc_timer_limits).
-export([main/0]).

main() ->
    Times = [0, 16#FFFFFFFF, 16#100000000, 1 bsl 40, 1 bsl 42, 9000000000000, 1 bsl 60,
             1 bsl 70, -1, 1.0, foo],
    [erlang:display({T, try_set(fun() -> erlang:send_after(T, self(), x) end),
                     try_set(fun() -> erlang:start_timer(T, self(), x) end),
                     try_set(fun() -> erlang:send_after(T, self(), x, []) end),
                     try_set(fun() -> erlang:start_timer(T, self(), x, [{abs, false}]) end)})
     || T <- Times],
    Now = erlang:monotonic_time(millisecond),
    Abs = [{now, Now}, {soon, Now + 20}, {later, Now + 100000}, {past, Now - 1000000},
           {far, Now + (1 bsl 42)}, {too_far, Now + (1 bsl 60)}],
    [erlang:display({Name, try_set(fun() -> erlang:send_after(T, self(), x, [{abs, true}]) end),
                     try_set(fun() -> erlang:start_timer(T, self(), x, [{abs, true}]) end)})
     || {Name, T} <- Abs],
    Opts = [[{abs, 1}], [abs], [{abs, true} | x], [foo], foo, [{abs, true}, {abs, false}]],
    [erlang:display({opts, O, try_set(fun() -> erlang:send_after(0, self(), x, O) end)})
     || O <- Opts],
    %% Absolute timers fire: one now, one a little later, in order.
    R1 = erlang:start_timer(erlang:monotonic_time(millisecond) + 30, self(), second, [{abs, true}]),
    R2 = erlang:start_timer(erlang:monotonic_time(millisecond), self(), first, [{abs, true}]),
    erlang:display(receive {timeout, R2, M2} -> M2 end),
    erlang:display(receive {timeout, R1, M1} -> M1 end),
    ok.

%% Sets a timer; cancels it at once when it was accepted.
try_set(F) ->
    try F() of
        Ref -> erlang:cancel_timer(Ref), flush(), ok
    catch
        error:R -> R
    end.

flush() ->
    receive x -> flush(); {timeout, _, x} -> flush() after 0 -> ok end.
