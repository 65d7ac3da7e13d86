%% math:erf/1 and math:erfc/1 to the last bit over a sweep of arguments: every interval of the
%% method (around 0.84375, 1.25, 1/0.35, 6 and 28, both signs), tiny and subnormal arguments, and
%% pseudo-random points. Each line shows a block of arguments and a hash of the exact bit patterns
%% of the results, with one sample value.
-module(arith_erf_sweep).
-export([main/0]).

bits(X) -> <<B:64>> = <<X/float>>, B.

block(Name, Xs) ->
    Erf = [bits(math:erf(X)) || X <- Xs],
    Erfc = [bits(math:erfc(X)) || X <- Xs],
    Mid = lists:nth(1 + length(Xs) div 2, Xs),
    erlang:display({Name, length(Xs), erlang:phash2(Erf), erlang:phash2(Erfc),
                    float_to_list(Mid, [short]), float_to_list(math:erf(Mid), [short]),
                    float_to_list(math:erfc(Mid), [short])}).

lcg(Seed, N) -> lcg(Seed, N, []).
lcg(_, 0, Acc) -> Acc;
lcg(S, N, Acc) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band (1 bsl 64 - 1),
    lcg(S1, N - 1, [(S1 bsr 11) / (1 bsl 53) | Acc]).

main() ->
    Grid = [(I - 32000) / 1000 || I <- lists:seq(0, 64000)],
    [block({grid, Lo}, [X || X <- Grid, X >= Lo, X < Lo + 4]) || Lo <- lists:seq(-32, 28, 4)],
    Edges = [0.25, 0.84375, 1.25, 1 / 0.35, 6.0, 28.0],
    [block({edge, E, S}, [S * (E + D * 1.0e-13) || D <- lists:seq(-500, 500)]) || E <- Edges, S <- [1, -1]],
    [block({scale, E}, [S * math:pow(2, -P) || P <- lists:seq(E, E + 99), S <- [1.0, -1.0, 1.37, -1.93]])
     || E <- lists:seq(0, 1000, 100)],
    [block({random, K}, [X * 2 * K - K || X <- lcg(K, 5000)]) || K <- [1, 2, 3, 6, 10, 30]],
    erlang:display([{X, math:erf(X), math:erfc(X)} || X <- [-1.0, 1.0, -0.5, 0.5, 2.0, -2.0, 3.5, -3.5, 5.9, 27.0, -27.0, 1.0e-300, 5.0e-324]]),
    ok.
