%% A command naming another process, or a message that is no command, closes the port with
%% reason badsig. (A command with bad data does too, but erl's logger then reports it on
%% standard output at a moment of its own, so it is left out.)
-module(port_badsig).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    Other = spawn(fun() -> receive _ -> ok end end),
    [begin
         P = open_port({spawn, "cat"}, []),
         P ! Msg,
         erlang:display(receive {'EXIT', P, R} -> R after 2000 -> noexit end)
     end || Msg <- [{Other, {command, "x"}}, garbage, {self(), bogus},
                    {self(), {connect, notapid}}, {self()}]],
    P2 = open_port({spawn, "cat"}, []),
    P2 ! {self(), {command, "ok"}},
    erlang:display(receive {P2, {data, D}} -> D after 2000 -> none end),
    port_close(P2).
