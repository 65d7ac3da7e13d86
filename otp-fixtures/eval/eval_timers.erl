%% eval: NAME:main()
%% Timers: timer:send_after, erlang:send_after and start_timer, cancellation, timer:sleep, apply_after
-module(eval_timers).
-export([main/0, note/1]).
main() ->
    Self = self(),
    {ok, _} = timer:send_after(60, Self, t60),
    erlang:send_after(20, Self, t20),
    Ref = erlang:start_timer(40, Self, t40),
    Cancel = erlang:send_after(30, Self, cancelled),
    io:format("cancel ~p~n", [is_integer(erlang:cancel_timer(Cancel))]),
    io:format("cancel again ~p~n", [erlang:cancel_timer(Cancel)]),
    collect(3, Ref),
    {ok, _} = timer:apply_after(10, ?MODULE, note, [Self]),
    receive {note, N} -> io:format("applied ~p~n", [N]) end,
    {ok, TRef} = timer:send_interval(10, Self, tick),
    ticks(3),
    io:format("~p~n", [timer:cancel(TRef)]),
    timer:sleep(30),
    flush(),
    io:format("sleep ~p~n", [timer:sleep(5)]),
    {T, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 100)) end),
    io:format("tc ~p ~p~n", [is_integer(T), V]),
    io:format("~p ~p~n", [timer:seconds(2), timer:minutes(1)]),
    io:format("~p~n", [timer:hms(1, 2, 3)]).
note(Pid) -> Pid ! {note, 7}.
collect(0, _) -> ok;
collect(N, Ref) ->
    receive
        {timeout, Ref, Msg} -> io:format("start_timer ~p~n", [Msg]);
        Msg -> io:format("got ~p~n", [Msg])
    end,
    collect(N - 1, Ref).
ticks(0) -> ok;
ticks(N) -> receive tick -> io:format("tick~n") end, ticks(N - 1).
flush() ->
    receive tick -> flush() after 0 -> io:format("flushed~n") end.
