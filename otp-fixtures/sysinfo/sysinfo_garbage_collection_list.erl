%% system_info(garbage_collection) follows system_flag changes item by item.
-module(sysinfo_garbage_collection_list).
-export([main/0]).

main() ->
    erlang:display(erlang:system_info(garbage_collection)),
    A = erlang:system_flag(fullsweep_after, 20),
    B = erlang:system_flag(min_heap_size, 400),
    C = erlang:system_flag(max_heap_size, 100000),
    erlang:display(erlang:system_info(garbage_collection)),
    erlang:system_flag(fullsweep_after, A),
    erlang:system_flag(min_heap_size, B),
    erlang:system_flag(max_heap_size, C),
    erlang:display(erlang:system_info(garbage_collection)),
    erlang:display(erlang:system_info(max_heap_size)),
    ok.
