%% binary:bin_to_list/1,2,3 with {Pos,Len} parts (negative lengths count back), 0-based positions,
%% edges and badarg; binary:list_to_bin/1 on iolists and bad input.
-module(binary_mod_bin_to_list).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"abcdef">>),
    erlang:display(binary:bin_to_list(B)),
    [erlang:display({P, t(fun() -> binary:bin_to_list(B, ?MODULE:id(P)) end)})
     || P <- [{0, 6}, {0, 0}, {6, 0}, {6, -6}, {2, 2}, {4, -2}, {4, -5}, {5, 2}, {7, 0}, {-1, 1}, bad]],
    [erlang:display({S, L, t(fun() -> binary:bin_to_list(B, ?MODULE:id(S), ?MODULE:id(L)) end)})
     || {S, L} <- [{0, 1}, {1, 3}, {3, -3}, {0, 7}]],
    [erlang:display({X, t(fun() -> binary:bin_to_list(?MODULE:id(X)) end)}) || X <- [<<>>, <<1:1>>, <<1, 2:2>>, abc, "ab"]],
    [erlang:display({X, t(fun() -> binary:list_to_bin(?MODULE:id(X)) end)})
     || X <- [[], "abc", [<<"a">>, [$b]], [$a | <<"b">>], [256], [a], <<"abc">>, abc, [<<1:1>>]]],
    ok.
