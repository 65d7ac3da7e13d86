%% A program flooding output to an owner that reads late: every byte arrives.
-module(port_flood).
-export([main/0]).
main() ->
    P = open_port({spawn, "head -c 3000000 /dev/zero"}, [binary, eof]),
    receive after 300 -> ok end,
    erlang:display(count(P, 0)),
    port_close(P).
count(P, N) ->
    receive
        {P, {data, D}} -> count(P, N + byte_size(D));
        {P, eof} -> N
    after 10000 -> {timeout, N}
    end.
