%% system_info/system_flag: operating system items.
-module(sysinfo_os_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(os_type) end)),
    erlang:display(t(fun() -> erlang:system_info(system_architecture) end)),
    erlang:display(t(fun() -> erlang:system_info(kernel_poll) end)),
    erlang:display(t(fun() -> erlang:system_info(eager_check_io) end)),
    erlang:display(t(fun() -> erlang:system_info(cpu_quota) end)),
    erlang:display(t(fun() -> erlang:system_info(update_cpu_info) end)),
    erlang:display(t(fun() -> erlang:system_info(port_parallelism) end)),
    erlang:display(t(fun() -> erlang:system_info(ets_always_compress) end)),
    erlang:display(t(fun() -> tuple_size(erlang:system_info(os_version)) end)),
    erlang:display(t(fun() -> is_list(erlang:system_info(cpu_topology)) end)),
    erlang:display(t(fun() -> erlang:system_info({cpu_topology, defined}) end)),
    ok.
