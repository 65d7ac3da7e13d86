%% system_info/system_flag: time related items.
-module(sysinfo_time_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(time_correction) end)),
    erlang:display(t(fun() -> erlang:system_info(time_offset) end)),
    erlang:display(t(fun() -> erlang:system_info(time_warp_mode) end)),
    erlang:display(t(fun() -> erlang:system_info(tolerant_timeofday) end)),
    erlang:display(t(fun() -> is_integer(erlang:system_info(start_time)) end)),
    erlang:display(t(fun() -> erlang:system_info(end_time) > 0 end)),
    erlang:display(t(fun() -> [K || {K, _} <- erlang:system_info(os_monotonic_time_source)] end)),
    erlang:display(t(fun() -> [K || {K, _} <- erlang:system_info(os_system_time_source)] end)),
    ok.
