%% erts_internal:map_to_tuple_keys/1: a flatmap's keys tuple, shared between maps with the
%% same keys; badarg for a large map, {badmap, T} for anything else.
-module(bif2_map_tuple_keys).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    erlang:display(erts_internal:map_to_tuple_keys(#{})),
    erlang:display(erts_internal:map_to_tuple_keys(#{b => 1, a => 2, 1 => x, 1.0 => y})),
    M = maps:from_list([{I, I} || I <- lists:seq(1, 32)]),
    erlang:display(erts_internal:map_to_tuple_keys(M)),
    M2 = M#{1 := changed},
    erlang:display(erts_debug:same(erts_internal:map_to_tuple_keys(M),
                                   erts_internal:map_to_tuple_keys(M2))),
    erlang:display(erts_debug:same(erts_internal:map_to_tuple_keys(M),
                                   erts_internal:map_to_tuple_keys(maps:put(0, 0, maps:remove(1, M))))),
    erlang:display(t(fun() -> erts_internal:map_to_tuple_keys(maps:put(33, 1, M)) end)),
    [erlang:display(t(fun() -> erts_internal:map_to_tuple_keys(X) end))
     || X <- [x, [], {}, 1, "m"]],
    ok.
