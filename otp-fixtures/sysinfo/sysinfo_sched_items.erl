%% system_info/system_flag: scheduler items.
-module(sysinfo_sched_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(scheduler_bind_type) end)),
    erlang:display(t(fun() -> erlang:system_info(multi_scheduling) end)),
    erlang:display(t(fun() -> erlang:system_info(multi_scheduling_blockers) end)),
    erlang:display(t(fun() -> erlang:system_info(normal_multi_scheduling_blockers) end)),
    erlang:display(t(fun() -> erlang:system_info(threads) end)),
    erlang:display(t(fun() -> erlang:system_info(smp_support) end)),
    erlang:display(t(fun() -> erlang:system_info(thread_pool_size) end)),
    erlang:display(t(fun() -> erlang:system_info(dirty_io_schedulers) end)),
    erlang:display(t(fun() -> erlang:system_info(schedulers) =:= erlang:system_info(schedulers_online) end)),
    erlang:display(t(fun() -> erlang:system_info(dirty_cpu_schedulers) =:= erlang:system_info(schedulers) end)),
    erlang:display(t(fun() -> is_integer(erlang:system_info(scheduler_id)) end)),
    ok.
