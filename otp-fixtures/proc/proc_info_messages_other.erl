-module(proc_info_messages_other).
-export([main/0]).

%% process_info on another process sees messages sent to it before the call.
main() ->
    P = spawn(fun() -> receive go -> receive after infinity -> ok end end end),
    [P ! {m, I} || I <- lists:seq(1, 5)],
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    P ! go,
    receive after 20 -> ok end,
    erlang:display(process_info(P, [message_queue_len, status])),
    exit(P, kill),
    ok.
