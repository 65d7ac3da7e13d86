%% port_set_data/2 and port_get_data/1.
-module(port_data).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, []),
    erlang:display(erlang:port_get_data(P)),
    erlang:display(erlang:port_set_data(P, {some, [data, <<"bin">>], 1.5})),
    erlang:display(erlang:port_get_data(P)),
    erlang:display(erlang:port_set_data(P, 42)),
    erlang:display(erlang:port_get_data(P)),
    port_close(P),
    erlang:display(try erlang:port_get_data(P) catch error:E -> E end),
    erlang:display(try erlang:port_set_data(P, 1) catch error:E2 -> E2 end).
