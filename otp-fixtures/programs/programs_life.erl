%% Conway's game of life on a small toroidal grid stored as a tuple of tuples: a glider and a
%% blinker evolve for several generations, printed as strings.
-module(programs_life).
-export([main/0]).

-define(W, 12).
-define(H, 10).

new(Cells) ->
    list_to_tuple([list_to_tuple([case lists:member({X, Y}, Cells) of true -> 1; false -> 0 end
                                  || X <- lists:seq(0, ?W - 1)]) || Y <- lists:seq(0, ?H - 1)]).

at(G, X, Y) -> element((X + ?W) rem ?W + 1, element((Y + ?H) rem ?H + 1, G)).

step(G) ->
    list_to_tuple([list_to_tuple([rule(at(G, X, Y), neighbours(G, X, Y)) || X <- lists:seq(0, ?W - 1)])
                   || Y <- lists:seq(0, ?H - 1)]).

neighbours(G, X, Y) -> lists:sum([at(G, X + DX, Y + DY) || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}]).

rule(1, N) when N =:= 2; N =:= 3 -> 1;
rule(0, 3) -> 1;
rule(_, _) -> 0.

show(G) -> [[case C of 1 -> $#; 0 -> $. end || C <- tuple_to_list(Row)] || Row <- tuple_to_list(G)].

population(G) -> lists:sum([lists:sum(tuple_to_list(R)) || R <- tuple_to_list(G)]).

main() ->
    G0 = new([{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}, {8, 5}, {8, 6}, {8, 7}]),
    lists:foldl(fun(Gen, G) ->
                        erlang:display({generation, Gen, population(G)}),
                        [erlang:display(Row) || Row <- show(G)],
                        step(G)
                end, G0, lists:seq(0, 4)),
    Final = lists:foldl(fun(_, G) -> step(G) end, G0, lists:seq(1, 48)),
    erlang:display({after_48, population(Final)}),
    [erlang:display(Row) || Row <- show(Final)],
    ok.
