%% The first process outgrows its max_heap_size with kill => true.
-module(crash_killed_max_heap).
-export([main/0]).
main() ->
    process_flag(max_heap_size, #{size => 1000, kill => true, error_logger => false}),
    grow([]).
grow(L) -> grow([L | L]).
