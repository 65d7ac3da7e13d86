%% system_info/system_flag: system_flag arguments erl refuses.
-module(sysinfo_flag_errors).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_flag(schedulers_online, 0) end)),
    erlang:display(t(fun() -> erlang:system_flag(schedulers_online, -1) end)),
    erlang:display(t(fun() -> erlang:system_flag(dirty_cpu_schedulers_online, 0) end)),
    erlang:display(t(fun() -> erlang:system_flag(fullsweep_after, x) end)),
    erlang:display(t(fun() -> erlang:system_flag(min_heap_size, -5) end)),
    erlang:display(t(fun() -> erlang:system_flag(min_bin_vheap_size, a) end)),
    erlang:display(t(fun() -> erlang:system_flag(max_heap_size, -1) end)),
    erlang:display(t(fun() -> erlang:system_flag(backtrace_depth, x) end)),
    erlang:display(t(fun() -> erlang:system_flag(multi_scheduling, x) end)),
    erlang:display(t(fun() -> erlang:system_flag(scheduler_wall_time, yes) end)),
    erlang:display(t(fun() -> erlang:system_flag(microstate_accounting, maybe) end)),
    erlang:display(t(fun() -> erlang:system_flag(outstanding_system_requests_limit, -1) end)),
    erlang:display(t(fun() -> erlang:system_flag(system_logger, 1) end)),
    erlang:display(t(fun() -> erlang:system_flag(no_such_flag, 1) end)),
    erlang:display(t(fun() -> erlang:system_flag("str", 1) end)),
    ok.
