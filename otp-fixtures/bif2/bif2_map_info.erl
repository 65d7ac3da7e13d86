%% erts_debug:map_info/1: the shape of a large map's hash trie (depth, array and bitmap nodes
%% by slots used, leaves by level) for integer, tuple and binary keys.
-module(bif2_map_info).
-export([main/0]).

main() ->
    [erlang:display(erts_debug:map_info(maps:from_list([{I, I} || I <- lists:seq(1, N)])))
     || N <- [33, 40, 64, 100, 257, 1000, 5000]],
    erlang:display(erts_debug:map_info(maps:from_list([{{I, -I}, I} || I <- lists:seq(1, 60)]))),
    erlang:display(erts_debug:map_info(maps:from_list([{integer_to_binary(I), I}
                                                       || I <- lists:seq(1, 70)]))),
    M = maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
    erlang:display(erts_debug:map_info(maps:put(34, 34, M))),
    erlang:display(erts_debug:map_info(maps:remove(1, maps:put(34, 34, M)))),
    ok.
