%% A sudoku solver using constraint propagation on a tuple-based grid and depth-first search on
%% the cell with fewest candidates; solves two puzzles and validates the results.
-module(programs_sudoku).
-export([main/0]).

puzzles() ->
    ["530070000600195000098000060800060003400803001700020006060000280000419005000080079",
     "000000907000420180000705026100904000050000040000507009920108000034059000507000000"].

parse(S) -> list_to_tuple([C - $0 || C <- S]).

peers(I) ->
    R = I div 9, C = I rem 9, BR = 3 * (R div 3), BC = 3 * (C div 3),
    lists:usort([R * 9 + X || X <- lists:seq(0, 8)] ++ [X * 9 + C || X <- lists:seq(0, 8)] ++
                [(BR + A) * 9 + BC + B || A <- [0, 1, 2], B <- [0, 1, 2]]) -- [I].

candidates(G, I) -> lists:seq(1, 9) -- [element(P + 1, G) || P <- peers(I)].

solve(G) ->
    Empty = [I || I <- lists:seq(0, 80), element(I + 1, G) =:= 0],
    case Empty of
        [] -> {ok, G};
        _ ->
            {_, Best, Cands} = lists:min([{length(Cs), I, Cs} || I <- Empty, Cs <- [candidates(G, I)]]),
            try_each(G, Best, Cands)
    end.

try_each(_, _, []) -> fail;
try_each(G, I, [V | Vs]) ->
    case solve(setelement(I + 1, G, V)) of
        {ok, S} -> {ok, S};
        fail -> try_each(G, I, Vs)
    end.

valid(G) ->
    Units = [[R * 9 + C || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)] ++
            [[R * 9 + C || R <- lists:seq(0, 8)] || C <- lists:seq(0, 8)] ++
            [[(BR + A) * 9 + BC + B || A <- [0, 1, 2], B <- [0, 1, 2]] || BR <- [0, 3, 6], BC <- [0, 3, 6]],
    lists:all(fun(U) -> lists:sort([element(I + 1, G) || I <- U]) =:= lists:seq(1, 9) end, Units).

main() ->
    [begin
         {ok, S} = solve(parse(P)),
         Rows = [[element(R * 9 + C + 1, S) + $0 || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)],
         [erlang:display(Row) || Row <- Rows],
         erlang:display({valid, valid(S)})
     end || P <- puzzles()],
    ok.
