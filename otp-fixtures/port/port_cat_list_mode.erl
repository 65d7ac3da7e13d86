%% Without `binary`, data comes as lists of bytes.
-module(port_cat_list_mode).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, [{packet, 2}]),
    port_command(P, "hello"),
    receive {P, {data, D}} -> erlang:display(D) end,
    port_command(P, <<1, 2, 255>>),
    receive {P, {data, D2}} -> erlang:display(D2) end,
    port_close(P).
