%% binary:part/2,3, binary:at/2, binary:first/1 and binary:last/1 at the edges, with negative
%% lengths, empty binaries, bitstrings and bad arguments (badarg).
-module(binary_mod_part_at).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"0123456789">>),
    [erlang:display({P, t(fun() -> binary:part(B, ?MODULE:id(P)) end)})
     || P <- [{0, 0}, {0, 10}, {10, -10}, {3, -3}, {3, -4}, {9, 1}, {9, 2}, {10, 0}, {11, 0}, {-1, 0}, {a, 1}, x]],
    [erlang:display({S, L, t(fun() -> binary:part(B, ?MODULE:id(S), ?MODULE:id(L)) end)})
     || {S, L} <- [{2, 3}, {5, -5}, {0, -1}, {1 bsl 64, 1}]],
    [erlang:display({at, N, t(fun() -> binary:at(B, ?MODULE:id(N)) end)}) || N <- [0, 5, 9, 10, -1, a, 1.0, 1 bsl 64]],
    [erlang:display({X, t(fun() -> binary:first(?MODULE:id(X)) end), t(fun() -> binary:last(?MODULE:id(X)) end)})
     || X <- [<<"a">>, <<"xyz">>, <<>>, <<1, 2:4>>, "abc", abc, <<255, 0>>]],
    erlang:display(t(fun() -> binary:at(?MODULE:id(<<>>), 0) end)),
    erlang:display(t(fun() -> binary:at(?MODULE:id(<<1, 2:4>>), 0) end)),
    erlang:display(t(fun() -> binary:part(?MODULE:id(<<1, 2:4>>), 0, 1) end)),
    Big = list_to_binary([I rem 251 || I <- lists:seq(1, 100000)]),
    erlang:display({binary:at(Big, 0), binary:at(Big, 99999), binary:first(Big), binary:last(Big),
                    binary:part(Big, 50000, 5), binary:part(Big, {100000, -3})}),
    erlang:display(lists:sum([binary:at(Big, I) || I <- lists:seq(0, 99999, 7)])),
    ok.
