%% The owner's death closes the port with the owner's reason, seen by a monitor.
-module(port_owner_killed).
-export([main/0]).
main() ->
    [run(How) || How <- [kill, normal, crash]], ok.
run(How) ->
    Self = self(),
    Owner = spawn(fun() ->
        P = open_port({spawn, "cat"}, []),
        Self ! {port, P},
        receive go when How =:= normal -> ok; go when How =:= crash -> exit(boom); go -> receive after infinity -> ok end end
    end),
    P = receive {port, Q} -> Q end,
    Ref = monitor(port, P),
    case How of kill -> exit(Owner, kill); _ -> Owner ! go end,
    erlang:display({How, receive {'DOWN', Ref, port, P, R} -> R after 2000 -> nodown end}),
    erlang:display(erlang:port_info(P)).
