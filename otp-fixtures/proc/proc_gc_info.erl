%% process_info(P, garbage_collection_info), alone and in a list of items: erl's keys in erl's
%% order, every value a non-negative integer, and the relations between them (what is used
%% fits in its block, the survivors of the last collection are part of the heap, the heap and
%% old heap blocks and heap fragments add up to total_heap_size, binaries are counted).
-module(proc_gc_info).
-export([main/0]).

check(Info) ->
    V = fun(K) -> {K, X} = lists:keyfind(K, 1, Info), X end,
    [{keys, [K || {K, _} <- Info]},
     {integers, lists:all(fun({_, X}) -> is_integer(X) andalso X >= 0 end, Info)},
     {heap_fits, V(heap_size) =< V(heap_block_size)},
     {old_heap_fits, V(old_heap_size) =< V(old_heap_block_size)},
     {recent_in_heap, V(recent_size) =< V(heap_size)},
     {stack_fits, V(stack_size) + V(heap_size) =< V(heap_block_size)},
     {vheap_limits, V(bin_vheap_block_size) > 0, V(bin_old_vheap_block_size) > 0}].

total(Info) ->
    V = fun(K) -> {K, X} = lists:keyfind(K, 1, Info), X end,
    V(heap_block_size) + V(old_heap_block_size) + V(mbuf_size).

main() ->
    Me = self(),
    {garbage_collection_info, I1} = process_info(self(), garbage_collection_info),
    erlang:display(check(I1)),
    [{garbage_collection_info, I2}, {status, running}] =
        process_info(self(), [garbage_collection_info, status]),
    erlang:display(check(I2)),
    P = spawn(fun() ->
                      L = lists:seq(1, 20000),
                      B = binary:copy(<<"x">>, 100000),
                      erlang:garbage_collect(),
                      Me ! ready,
                      receive stop -> {length(L), byte_size(B)} end
              end),
    receive ready -> ok end,
    [{garbage_collection_info, I3}, {total_heap_size, T3}] =
        process_info(P, [garbage_collection_info, total_heap_size]),
    erlang:display(check(I3)),
    erlang:display({sums_to_total, total(I3) =:= T3}),
    {_, Used} = lists:keyfind(heap_size, 1, I3),
    {_, Bin} = lists:keyfind(bin_vheap_size, 1, I3),
    erlang:display({holds_the_list, Used >= 40000, binary_counted, Bin > 0}),
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, process, P, normal} -> ok end,
    erlang:display(process_info(P, garbage_collection_info)),
    ok.
