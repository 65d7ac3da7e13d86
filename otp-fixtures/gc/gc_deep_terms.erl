%% Very deep terms kept alive across many collections: a million-deep nested list and a
%% half-million-deep nested tuple chain; a collector that recursed on nesting depth would overflow.
-module(gc_deep_terms).
-export([main/0]).

main() ->
    Deep = nest_list(1000000, []),
    Chain = nest_tuple(500000, done),
    garbage(300, 0),
    erlang:display({list_depth, depth_list(Deep, 0)}),
    erlang:display({tuple_depth, depth_tuple(Chain, 0)}),
    garbage(300, 0),
    erlang:display({again, depth_list(Deep, 0), depth_tuple(Chain, 0)}),
    erlang:display({hash, erlang:phash2(Chain), erlang:phash2(Deep)}),
    ok.

nest_list(0, Acc) -> Acc;
nest_list(N, Acc) -> nest_list(N - 1, [Acc]).

nest_tuple(0, Acc) -> Acc;
nest_tuple(N, Acc) -> nest_tuple(N - 1, {N, Acc}).

depth_list([], D) -> D;
depth_list([X], D) -> depth_list(X, D + 1).

depth_tuple(done, D) -> D;
depth_tuple({_, T}, D) -> depth_tuple(T, D + 1).

garbage(0, Acc) -> Acc;
garbage(N, Acc) -> garbage(N - 1, Acc + length(lists:seq(1, 10000))).
