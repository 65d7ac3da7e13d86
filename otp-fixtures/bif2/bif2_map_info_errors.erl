%% erts_debug:map_info/1 refuses flatmaps (badarg) and non-maps ({badmap, T}).
-module(bif2_map_info_errors).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    M32 = maps:from_list([{I, I} || I <- lists:seq(1, 32)]),
    [erlang:display(t(fun() -> erts_debug:map_info(X) end))
     || X <- [#{}, #{a => 1}, M32, x, [], {a, b}, 1, <<>>, "map"]],
    erlang:display(t(fun() -> erts_debug:map_info(maps:remove(33, maps:put(33, 1, M32))) end)),
    ok.
