%% erlang:phash/2, the older portable hash, on the same kinds of terms as phash2, and its errors.
-module(bif_phash).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Terms = [0, 1, -1, 1 bsl 40, 1 bsl 80, -(1 bsl 80), 1.0, -3.25, a, abc, 'é', [], "abc", [a | b],
             {}, {1, 2}, <<"bin">>, <<5:3>>, #{k => v}, lists:seq(1, 50)],
    [erlang:display({X, erlang:phash(X, 1 bsl 32), erlang:phash(X, 97)}) || X <- Terms],
    erlang:display([t(fun() -> erlang:phash(x, R) end) || R <- [1, 0, -1, 1 bsl 32, (1 bsl 32) + 1, a]]),
    ok.
