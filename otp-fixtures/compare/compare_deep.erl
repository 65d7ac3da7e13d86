%% Comparing deep and long structures: long equal lists that differ only at the end, deeply nested
%% tuples and lists (the comparison must not overflow any stack), and sharing.
-module(compare_deep).
-export([main/0]).

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {N, [Acc]}).

main() ->
    L1 = lists:seq(1, 200000),
    L2 = lists:seq(1, 199999) ++ [200001],
    erlang:display({L1 < L2, L1 == L2, L1 =:= lists:seq(1, 200000)}),
    D1 = nest(100000, leaf),
    D2 = nest(100000, leaf2),
    D3 = nest(100000, leaf),
    erlang:display({D1 < D2, D1 == D3, D1 =:= D3, D2 > D3}),
    F1 = nest(50000, 1),
    F2 = nest(50000, 1.0),
    erlang:display({F1 == F2, F1 =:= F2, F1 < F2, F1 > F2}),
    Deep = lists:foldl(fun(_, A) -> [A] end, [], lists:seq(1, 100000)),
    erlang:display({Deep == Deep, Deep < [Deep], [Deep] > Deep}),
    ok.
