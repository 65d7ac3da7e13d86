%% args: +S 2 -s sysinfo_schedulers main
%% schedulers_online and multi_scheduling change how many schedulers run.
-module(sysinfo_schedulers).
-export([main/0]).

work(0) -> ok;
work(N) -> work(N - 1).

run_all() ->
    Self = self(),
    Ps = [spawn(fun() -> work(20000), Self ! {done, self()} end) || _ <- lists:seq(1, 8)],
    [receive {done, P} -> ok end || P <- Ps],
    ok.

main() ->
    erlang:display(erlang:system_info(schedulers)),
    erlang:display(erlang:system_flag(schedulers_online, 1)),
    erlang:display(erlang:system_info(schedulers_online)),
    erlang:display(run_all()),
    erlang:display(erlang:system_info(scheduler_id)),
    erlang:display(erlang:system_flag(schedulers_online, 2)),
    erlang:display(erlang:system_info(schedulers_online)),
    erlang:display(erlang:system_flag(multi_scheduling, block)),
    erlang:display(erlang:system_info(multi_scheduling)),
    erlang:display(erlang:system_info(multi_scheduling_blockers) =:= [self()]),
    erlang:display(erlang:system_info(schedulers_online)),
    erlang:display(erlang:system_flag(schedulers_online, 2)),
    erlang:display(run_all()),
    erlang:display(erlang:system_flag(multi_scheduling, unblock)),
    erlang:display(erlang:system_info(schedulers_online)),
    erlang:display(erlang:system_flag(multi_scheduling, block_normal)),
    erlang:display(erlang:system_info(multi_scheduling)),
    erlang:display(erlang:system_flag(multi_scheduling, unblock_normal)),
    erlang:display(erlang:system_flag(dirty_cpu_schedulers_online, 1)),
    erlang:display(erlang:system_flag(dirty_cpu_schedulers_online, 2)),
    erlang:display(run_all()),
    ok.
