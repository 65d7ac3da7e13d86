%% erlang:display/1 itself on every kind of term: atoms that need quotes, strings and lists that
%% almost look like strings, improper lists, nested tuples, binaries and bitstrings, small maps,
%% funs, large integers. Every fixture depends on this output format.
-module(bif_display_terms).
-export([main/0, exported/0]).

exported() -> ok.

main() ->
    Terms = [ok, 'Ok', 'ok ok', '1a', a1, 'a-b', a_b, 'a@b', '', 'hello\tworld', '\'', 'with"quote',
             'and', 'or', 'not', 'case', 'end', 'fun', 'receive', 'catch', 'div', 'rem', 'when',
             [], [[]], [a], [a, b], [1], [1, 2, 3], [$a], [$a, $b], "a\nb", "tab\there", "q\"q",
             "back\\slash", [7, 8, 9, 10, 11, 12, 13, 27], [31], [127], [128], [255], [256], [0],
             [$a, 1000], [$a | $b], [1 | 2], [a, b | c], [[1 | 2] | 3], [-1], [$a, -1],
             {}, {{}}, {a, {b, {c, {}}}}, {[], [], []}, {"s", 's', <<"s">>},
             <<>>, <<0>>, <<"abc">>, <<1, 2, 3>>, <<255>>, <<"a", 0, "b">>, <<1:1>>, <<1:7>>,
             <<255, 1:4>>, <<"hello world, a longer binary that goes on">>,
             #{}, #{a => 1}, #{1 => [2], "k" => {v}}, #{{a, b} => #{c => d}},
             1 bsl 64, -(1 bsl 64), 1 bsl 500, -1, -0.0, 1.0e-10, 12345.678,
             fun ?MODULE:exported/0, fun lists:map/2, fun erlang:display/1],
    [erlang:display(T) || T <- Terms],
    erlang:display(Terms),
    erlang:display(list_to_tuple(Terms)),
    ok.
