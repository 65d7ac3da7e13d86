%% erts_debug:size/1 walks flatmaps through erts_internal:map_to_tuple_keys/1 and large maps
%% through erts_internal:map_hashmap_children/1 and erts_internal:term_type/1.
-module(bif2_debug_size_maps).
-export([main/0]).

m(N) -> maps:from_list([{I, I * 2} || I <- lists:seq(1, N)]).

main() ->
    [erlang:display({N, erts_debug:size(m(N)), erts_debug:flat_size(m(N))})
     || N <- [0, 1, 5, 32, 33, 40, 100, 500]],
    A = m(10),
    B = maps:put(11, x, A),
    erlang:display(erts_debug:size({A, A})),
    erlang:display(erts_debug:size([A, B])),
    H = m(50),
    erlang:display(erts_debug:size({H, H, [H]})),
    L = lists:seq(1, 20),
    erlang:display(erts_debug:size(#{a => L, b => L})),
    erlang:display(erts_debug:size(maps:from_list([{I, L} || I <- lists:seq(1, 40)]))),
    ok.
