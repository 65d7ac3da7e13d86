%% erts_internal:map_hashmap_children/1: a large map's root children (leaves [K|V] and inner
%% nodes), inner nodes' own children, and their term types; errors for flatmaps and non-maps.
-module(bif2_hashmap_children).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

leaves(Node) ->
    lists:sum([case C of
                   [_ | _] -> 1;
                   _ -> leaves(C)
               end || C <- erts_internal:map_hashmap_children(Node)]).

main() ->
    M40 = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    erlang:display(erts_internal:map_hashmap_children(M40)),
    erlang:display(erts_internal:map_hashmap_children(maps:from_list([{I, I} || I <- lists:seq(1, 33)]))),
    Cs = erts_internal:map_hashmap_children(M40),
    erlang:display(length(Cs)),
    erlang:display([erts_internal:term_type(C) || C <- Cs]),
    erlang:display(erts_internal:term_type(M40)),
    erlang:display(erts_internal:term_type(#{a => 1})),
    Inner = [C || C <- Cs, not is_list(C)],
    erlang:display([erts_internal:map_hashmap_children(C) || C <- Inner]),
    erlang:display([erts_debug:same(C, C) || C <- Inner]),
    erlang:display([leaves(maps:from_list([{I, I} || I <- lists:seq(1, N)])) || N <- [33, 100, 1000]]),
    [erlang:display(t(fun() -> erts_internal:map_hashmap_children(X) end))
     || X <- [#{}, #{a => 1}, x, [], {}, 1]],
    ok.
