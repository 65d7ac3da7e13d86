-module(proc_mailbox_large).
-export([main/0]).

count(N) -> receive _ -> count(N + 1) after 0 -> N end.

main() ->
    [self() ! {m, I} || I <- lists:seq(1, 100000)],
    {message_queue_len, L} = process_info(self(), message_queue_len),
    erlang:display(L),
    erlang:display(receive {m, 99999} -> found after 0 -> not_found end),
    erlang:display(count(0)),
    Self = self(),
    P = spawn(fun() -> receive go -> ok end, Self ! {len, element(2, process_info(self(), message_queue_len))} end),
    [P ! {x, I} || I <- lists:seq(1, 5000)],
    erlang:display(process_info(P, message_queue_len)),
    P ! go,
    receive {len, N} -> erlang:display(N) end,
    ok.
