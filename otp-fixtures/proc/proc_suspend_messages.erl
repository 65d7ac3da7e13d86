%% args: +S 1 -s NAME main
%% A busy process, suspended in the middle of its work (its live data in registers), is sent
%% more messages than its heap holds; once resumed it finishes its work and finds every one.
-module(proc_suspend_messages).
-export([main/0]).

main() ->
    Self = self(),
    P = spawn(fun() -> worker(Self) end),
    receive started -> ok end,
    erlang:display(erlang:suspend_process(P)),
    [P ! {msg, I, lists:seq(I, I + 20)} || I <- lists:seq(1, 3000)],
    erlang:display(erlang:resume_process(P)),
    P ! stop,
    receive {result, R} -> erlang:display(R) end.

worker(Parent) ->
    L = lists:seq(1, 100),
    Parent ! started,
    Acc = spin(L, 0, 2000000),
    erlang:display({spun, Acc, length(L), lists:sum(L)}),
    Parent ! {result, count(0, 0)}.

spin(_L, Acc, 0) -> Acc;
spin(L, Acc, K) -> spin(L, (Acc + hd(L) + length(tl(L))) rem 1000003, K - 1).

count(N, Sum) ->
    receive
        {msg, I, L} -> count(N + 1, Sum + I + lists:sum(L));
        stop -> {N, Sum}
    end.
