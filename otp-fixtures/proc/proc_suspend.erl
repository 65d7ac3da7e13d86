%% erlang:suspend_process/1,2 and erlang:resume_process/1: a suspended process runs no code
%% (its messages wait, its reductions stay put, its status is suspended) until every
%% suspension on it is taken back; each suspender counts its own suspensions (the suspending
%% item of process_info/2); unless_suspending, asynchronous and {asynchronous, Tag} (the
%% {Tag, Result} reply); a suspender that ends resumes what it suspended; a suspended process
%% still ends on an exit signal; and the badarg cases.
-module(proc_suspend).
-export([main/0]).

flush() -> receive M -> [M | flush()] after 50 -> [] end.

busy(N) -> busy(N + 1).

echo(Me) ->
    receive
        stop -> ok;
        M -> Me ! {echo, M}, echo(Me)
    end.

main() ->
    T = fun(F) -> try F() catch C:R -> {C, R} end end,
    Me = self(),
    P = spawn(fun() -> echo(Me) end),
    P ! ping,
    receive {echo, ping} -> ok end,
    %% Bad arguments.
    erlang:display([T(F) || F <- [fun() -> erlang:suspend_process(self()) end,
                                  fun() -> erlang:suspend_process(self(), [asynchronous]) end,
                                  fun() -> erlang:suspend_process(foo) end,
                                  fun() -> erlang:suspend_process(P, [bad]) end,
                                  fun() -> erlang:suspend_process(P, bad) end,
                                  fun() -> erlang:suspend_process(P, [asynchronous | x]) end,
                                  fun() -> erlang:suspend_process(P, [{asynchronous}]) end,
                                  fun() -> erlang:suspend_process(P, [unless_suspended]) end,
                                  fun() -> erlang:resume_process(P) end,
                                  fun() -> erlang:resume_process(self()) end,
                                  fun() -> erlang:resume_process(foo) end]]),
    erlang:display(process_info(P, status)),
    %% Counting suspensions.
    erlang:display(erlang:suspend_process(P)),
    erlang:display(process_info(P, status)),
    erlang:display(erlang:suspend_process(P)),
    erlang:display(process_info(self(), suspending) =:= {suspending, [{P, 2, 0}]}),
    erlang:display(process_info(P, suspending)),
    P ! one,
    erlang:display(flush()),
    erlang:display(process_info(P, [status, message_queue_len])),
    erlang:display(process_info(P, current_function)),
    erlang:display(garbage_collect(P)),
    erlang:display(erlang:resume_process(P)),
    erlang:display(flush()),
    erlang:display(process_info(P, status)),
    erlang:display(erlang:resume_process(P)),
    erlang:display(flush()),
    erlang:display(T(fun() -> erlang:resume_process(P) end)),
    erlang:display(process_info(self(), suspending)),
    P ! two,
    erlang:display(flush()),
    %% unless_suspending and asynchronous suspensions.
    erlang:display(erlang:suspend_process(P, [unless_suspending])),
    erlang:display(erlang:suspend_process(P, [unless_suspending])),
    erlang:display(erlang:suspend_process(P, [unless_suspending, asynchronous])),
    erlang:display(erlang:suspend_process(P, [{asynchronous, t1}, unless_suspending])),
    erlang:display(flush()),
    erlang:display(erlang:suspend_process(P, [asynchronous])),
    erlang:display(erlang:suspend_process(P, [{asynchronous, t2}, asynchronous])),
    erlang:display(erlang:suspend_process(P, [{asynchronous, t3}, {asynchronous, t4}])),
    erlang:display(flush()),
    erlang:display(process_info(self(), suspending) =:= {suspending, [{P, 4, 0}]}),
    P ! three,
    erlang:display([erlang:resume_process(P) || _ <- lists:seq(1, 3)]),
    erlang:display(flush()),
    erlang:display(erlang:resume_process(P)),
    erlang:display(flush()),
    %% Suspending a process that is gone.
    Dead = spawn(fun() -> ok end),
    MD = monitor(process, Dead),
    receive {'DOWN', MD, _, _, _} -> ok end,
    erlang:display([T(F) || F <- [fun() -> erlang:suspend_process(Dead) end,
                                  fun() -> erlang:suspend_process(Dead, [unless_suspending]) end,
                                  fun() -> erlang:suspend_process(Dead, [asynchronous]) end,
                                  fun() -> erlang:suspend_process(Dead, [{asynchronous, gone}]) end,
                                  fun() -> erlang:resume_process(Dead) end]]),
    erlang:display(flush()),
    %% Another suspender: its suspensions end with it.
    S = spawn(fun() ->
                      erlang:suspend_process(P),
                      erlang:suspend_process(P),
                      Me ! suspended,
                      receive stop -> ok end
              end),
    receive suspended -> ok end,
    erlang:display(process_info(S, suspending) =:= {suspending, [{P, 2, 0}]}),
    erlang:display(process_info(self(), suspending)),
    erlang:display(T(fun() -> erlang:resume_process(P) end)),
    erlang:display(erlang:suspend_process(P)),
    P ! four,
    erlang:display(erlang:resume_process(P)),
    erlang:display(flush()),
    MS = monitor(process, S),
    S ! stop,
    receive {'DOWN', MS, _, _, _} -> ok end,
    erlang:display(flush()),
    %% A busy process stops using reductions while suspended.
    B = spawn(fun() -> busy(0) end),
    receive after 20 -> ok end,
    erlang:display(erlang:suspend_process(B)),
    {reductions, R1} = process_info(B, reductions),
    receive after 20 -> ok end,
    {reductions, R2} = process_info(B, reductions),
    erlang:display({frozen, R1 =:= R2, process_info(B, status)}),
    erlang:display(erlang:resume_process(B)),
    receive after 20 -> ok end,
    {reductions, R3} = process_info(B, reductions),
    erlang:display({moving, R3 > R2}),
    %% A suspended process still ends on an exit signal.
    erlang:display(erlang:suspend_process(B)),
    MB = monitor(process, B),
    exit(B, stopped),
    receive {'DOWN', MB, _, _, Why} -> erlang:display({down, Why}) end,
    erlang:display(process_info(self(), suspending)),
    P ! stop,
    ok.
