%% port_connect/2 makes Pid the owner and links it; the old owner stays linked.
-module(port_connect_bif).
-export([main/0]).
main() ->
    Self = self(),
    New = spawn(fun() -> receive stop -> ok end end),
    P = open_port({spawn, "cat"}, []),
    erlang:display(port_connect(P, New)),
    erlang:display(erlang:port_info(P, connected) =:= {connected, New}),
    {links, L} = erlang:port_info(P, links),
    erlang:display(lists:sort(L) =:= lists:sort([Self, New])),
    erlang:display(receive M -> M after 200 -> no_message end),
    erlang:display(try port_connect(P, not_a_pid) catch error:E -> E end),
    unlink(P),
    Ref = monitor(port, P),
    exit(New, kill),
    erlang:display(receive {'DOWN', Ref, port, P, R} -> R after 2000 -> nodown end).
