%% Messages a process sends to itself: FIFO order, selective receive that skips non-matching
%% messages and leaves them queued, `after 0` on an empty queue, and process_info message_queue_len.
-module(control_self_messages).
-export([main/0]).

main() ->
    [self() ! {msg, I} || I <- lists:seq(1, 5)],
    self() ! {special, x},
    self() ! other,
    erlang:display(receive {special, X} -> {got_special, X} after 0 -> none end),
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display(drain([])),
    erlang:display(receive anything -> anything after 0 -> timeout_empty end),
    self() ! {b, 2}, self() ! {a, 1}, self() ! {c, 3},
    A = receive {a, V1} -> V1 end,
    C = receive {c, V3} -> V3 end,
    B = receive {b, V2} -> V2 end,
    erlang:display({A, B, C}),
    [self() ! N || N <- lists:seq(1, 10000)],
    erlang:display(sum_msgs(0)),
    erlang:display(receive after 10 -> waited end),
    ok.

drain(Acc) ->
    receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.

sum_msgs(Acc) ->
    receive N when is_integer(N) -> sum_msgs(Acc + N) after 0 -> Acc end.
