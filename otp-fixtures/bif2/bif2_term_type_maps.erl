%% erts_internal:term_type/1 on maps of every size and on the other kinds of terms.
-module(bif2_term_type_maps).
-export([main/0]).

main() ->
    [erlang:display({N, erts_internal:term_type(maps:from_list([{I, I} || I <- lists:seq(1, N)]))})
     || N <- [0, 1, 32, 33, 100]],
    M = maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
    erlang:display(erts_internal:term_type(maps:remove(1, M))),
    erlang:display([erts_internal:term_type(X)
                    || X <- [a, 1, 1 bsl 70, 1.5, [], [1], {}, <<1>>, self(), make_ref(),
                             fun() -> ok end, fun lists:map/2]]),
    ok.
