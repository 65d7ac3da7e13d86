%% term_to_binary/binary_to_term round trips of a large nested term.
-module(bench_etf).
-export([main/0]).

tree(0) -> {leaf, <<"payload">>, 3.25};
tree(N) -> {node, N, [tree(N - 1), tree(N - 1)], "label", -N * 1000000007}.

loop(0, _T, Acc) -> Acc;
loop(N, T, Acc) ->
    B = term_to_binary(T),
    T = binary_to_term(B),
    loop(N - 1, T, Acc + byte_size(B)).

main() ->
    T = tree(14),
    T0 = erlang:monotonic_time(),
    Bytes = loop(10, T, 0),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, etf, erlang:convert_time_unit(T1 - T0, native, microsecond), Bytes}).
