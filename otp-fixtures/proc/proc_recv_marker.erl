-module(proc_recv_marker).
-export([main/0]).

%% A receive on a fresh reference: older messages are left alone and stay in order.
main() ->
    [self() ! {old, I} || I <- lists:seq(1, 1000)],
    Ref = make_ref(),
    self() ! {Ref, answer},
    R = receive {Ref, A} -> A end,
    erlang:display(R),
    erlang:display(process_info(self(), message_queue_len)),
    {_, Ref2} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref2, process, _, Why} -> erlang:display(Why) end,
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display(receive {old, 1} -> first after 0 -> missing end),
    erlang:display(receive {old, N} -> N after 0 -> missing end),
    Srv = spawn(fun Loop() -> receive {From, Tag, X} -> From ! {Tag, X + 1}, Loop() end end),
    Results = [begin T = make_ref(), Srv ! {self(), T, I}, receive {T, V} -> V end end || I <- lists:seq(1, 100)],
    erlang:display(lists:sum(Results)),
    erlang:display(process_info(self(), message_queue_len)),
    ok.
