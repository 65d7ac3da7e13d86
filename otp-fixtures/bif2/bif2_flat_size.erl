%% erts_debug:flat_size/1 of every kind of term, built at run time and from literals.
-module(bif2_flat_size).
-export([main/0]).

main() ->
    N = list_to_integer("7"),
    Terms = [N, 1 bsl 64 + N, -(1 bsl 64) - N, float(N), [N], [N, N], {N}, {N, N, N},
             list_to_binary(lists:seq(1, N)), list_to_binary(lists:seq(1, 64 + N)),
             list_to_binary(lists:duplicate(100 * N, 7)), #{N => N},
             "abc", <<"lit">>, {a, {b, [c]}}, [{x, 1.5}], list_to_atom("an_atom"), []],
    [erlang:display(erts_debug:flat_size(T)) || T <- Terms],
    L = lists:seq(1, 10),
    erlang:display({erts_debug:flat_size([L, L, L]), erts_debug:size_shared([L, L, L])}),
    T2 = {L, L},
    erlang:display({erts_debug:flat_size({T2, T2}), erts_debug:size_shared({T2, T2})}),
    ok.
