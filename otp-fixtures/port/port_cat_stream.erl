%% Text echoed through `cat` as a stream arrives whole, in order.
-module(port_cat_stream).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, [binary]),
    Chunks = [integer_to_binary(N) || N <- lists:seq(1, 200)],
    [port_command(P, [C, $\n]) || C <- Chunks],
    Want = iolist_size([[C, $\n] || C <- Chunks]),
    Got = collect(P, Want, []),
    erlang:display(Got =:= iolist_to_binary([[C, $\n] || C <- Chunks])),
    erlang:display(port_close(P)).
collect(_P, 0, Acc) -> iolist_to_binary(lists:reverse(Acc));
collect(P, N, Acc) ->
    receive {P, {data, D}} -> collect(P, N - byte_size(D), [D | Acc]) end.
