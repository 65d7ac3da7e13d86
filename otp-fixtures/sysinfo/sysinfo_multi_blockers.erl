%% args: +S 2 -s NAME main
%% Several processes block multi-scheduling; it comes back when the last one unblocks.
-module(sysinfo_multi_blockers).
-export([main/0]).

main() ->
    Self = self(),
    erlang:display(erlang:system_flag(multi_scheduling, block)),
    P = spawn(fun() ->
                      Self ! {blocked, erlang:system_flag(multi_scheduling, block)},
                      receive unblock -> Self ! {unblocked, erlang:system_flag(multi_scheduling, unblock)} end
              end),
    erlang:display(receive {blocked, B} -> B end),
    erlang:display(length(erlang:system_info(multi_scheduling_blockers))),
    erlang:display(erlang:system_flag(multi_scheduling, unblock)),
    erlang:display(erlang:system_info(multi_scheduling)),
    P ! unblock,
    erlang:display(receive {unblocked, U} -> U end),
    erlang:display(erlang:system_info(multi_scheduling)),
    erlang:display(erlang:system_info(multi_scheduling_blockers)),
    ok.
