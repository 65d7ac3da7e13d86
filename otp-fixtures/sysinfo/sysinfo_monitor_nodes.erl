%% process_flag(monitor_nodes, _) and ({monitor_nodes, Opts}, _) count subscriptions per
%% option set; false removes them all. Each process has its own.
-module(sysinfo_monitor_nodes).
-export([main/0]).

main() ->
    erlang:display([process_flag(monitor_nodes, B) || B <- [true, true, true, false, true, false]]),
    erlang:display([process_flag({monitor_nodes, []}, B) || B <- [true, true, false]]),
    erlang:display(process_flag({monitor_nodes, #{connection_id => true}}, true)),
    erlang:display(process_flag({monitor_nodes, #{connection_id => true}}, true)),
    erlang:display(process_flag(monitor_nodes, true)),
    Self = self(),
    spawn(fun() -> Self ! {other, process_flag(monitor_nodes, true)} end),
    erlang:display(receive {other, N} -> N end),
    erlang:display(catch process_flag({monitor_nodes, [foo]}, true)),
    erlang:display(catch process_flag({monitor_nodes, []}, maybe)),
    ok.
