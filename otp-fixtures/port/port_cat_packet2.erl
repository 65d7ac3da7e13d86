%% {packet, 2} through `cat`: each command comes back as one message.
-module(port_cat_packet2).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    Msgs = [<<>>, <<"a">>, <<"hello">>, binary:copy(<<"xy">>, 100)],
    [port_command(P, M) || M <- Msgs],
    [receive {P, {data, D}} -> erlang:display({byte_size(D), D =:= M}) end || M <- Msgs],
    port_command(P, ["ab", [<<"cd">>, $e]]),
    receive {P, {data, E}} -> erlang:display(E) end,
    erlang:display(port_close(P)).
