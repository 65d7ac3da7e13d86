%% erlang:ports/0, port_to_list/1 and list_to_port/1 see open ports only.
-module(port_list).
-export([main/0]).
main() ->
    P = open_port({spawn, "cat"}, []),
    erlang:display(lists:member(P, erlang:ports())),
    erlang:display(list_to_port(port_to_list(P)) =:= P),
    erlang:display(is_port(P)),
    port_close(P),
    erlang:display(lists:member(P, erlang:ports())),
    erlang:display(try list_to_port("#Port<0.x>") catch error:E -> E end).
