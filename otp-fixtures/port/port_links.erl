%% Links with ports: unlink, link, link to a closed port, exit/2 to a port.
-module(port_links).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    erlang:display(unlink(P)),
    erlang:display(erlang:port_info(P, links)),
    port_close(P),
    erlang:display(receive {'EXIT', P, _} -> exit after 200 -> no_exit end),
    erlang:display(link(P)),
    erlang:display(receive {'EXIT', P, R} -> R after 2000 -> no_exit end),
    P2 = open_port({spawn, "cat"}, []),
    exit(P2, normal),
    erlang:display(erlang:port_info(P2, name)),
    exit(P2, because),
    erlang:display(receive {'EXIT', P2, R2} -> R2 after 2000 -> no_exit end),
    P3 = open_port({spawn, "cat"}, []),
    exit(P3, kill),
    erlang:display(receive {'EXIT', P3, R3} -> R3 after 2000 -> no_exit end),
    process_flag(trap_exit, false),
    erlang:display(try link(P) catch error:E -> E end).
