%% 4 MB in {packet,4} messages of 64 KB through `cat`, written before any is read: the
%% port queues what the pipe cannot take at once.
-module(port_big_echo).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, [binary, {packet, 4}]),
    Msg = binary:copy(<<"0123456789abcdef">>, 4096),
    [port_command(P, Msg) || _ <- lists:seq(1, 64)],
    {queue_size, Q} = erlang:port_info(P, queue_size),
    erlang:display(is_integer(Q)),
    erlang:display(count(P, Msg, 0)),
    port_close(P).
count(_P, _Msg, 64) -> 64;
count(P, Msg, N) ->
    receive {P, {data, Msg}} -> count(P, Msg, N + 1); {P, _} -> bad after 10000 -> {timeout, N} end.
