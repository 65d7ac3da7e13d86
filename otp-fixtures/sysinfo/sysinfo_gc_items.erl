%% system_info/system_flag: default process settings.
-module(sysinfo_gc_items).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(t(fun() -> erlang:system_info(fullsweep_after) end)),
    erlang:display(t(fun() -> erlang:system_info(min_heap_size) end)),
    erlang:display(t(fun() -> erlang:system_info(min_bin_vheap_size) end)),
    erlang:display(t(fun() -> erlang:system_info(max_heap_size) end)),
    erlang:display(t(fun() -> erlang:system_info(message_queue_data) end)),
    erlang:display(t(fun() -> erlang:system_info(garbage_collection) end)),
    erlang:display(t(fun() -> erlang:system_info(heap_type) end)),
    ok.
