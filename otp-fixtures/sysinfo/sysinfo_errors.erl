%% system_info/1 and system_flag/2 refuse what erl refuses.
-module(sysinfo_errors).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [erlang:display(t(fun() -> erlang:system_info(K) end)) ||
        K <- [halt_flush_timeout, purify, no_such_item, 42, "os_type", {wordsize, foo},
              {cpu_topology, foo}, {a, b, c}, dirty_io_schedulers_online, async_dist,
              reduction_limit, persistent_term]],
    [erlang:display(t(fun() -> erlang:system_flag(F, V) end)) ||
        {F, V} <- [{foo, bar}, {schedulers_online, 0}, {schedulers_online, 100000},
                   {schedulers_online, a}, {fullsweep_after, -1}, {min_heap_size, x},
                   {backtrace_depth, -1}, {multi_scheduling, maybe},
                   {scheduler_wall_time, 1}, {microstate_accounting, x},
                   {outstanding_system_requests_limit, 0}, {system_logger, foo},
                   {erts_alloc, {fix_alloc, 1}}, {time_offset, x}, {42, 1}]],
    ok.
