%% select family on ordered sets whose guards compare the key with constants: mixed key types,
%% integers and floats, swapped operands, empty and one-key ranges, reverse, chunks, counts
-module(ets_oset_key_range).
-export([main/0]).

d(X) -> erlang:display(X).

keys() ->
    lists:seq(-5, 30) ++ [2.5, 7.0, 10.5, -1.5, 1.0e20, 36893488147419103232, -36893488147419103232,
                          a, b, zz, {1}, {1, 2}, [], [1], <<"b">>, self(), make_ref()].

main() ->
    T = ets:new(t, [ordered_set, public]),
    ets:insert(T, [{K, v} || K <- keys()]),
    Specs = [
        [{{'$1', '_'}, [{'>', '$1', 10}], ['$1']}],
        [{{'$1', '_'}, [{'>=', '$1', 10}, {'<', '$1', 20}], ['$1']}],
        [{{'$1', '_'}, [{'<', 10, '$1'}, {'>=', 20, '$1'}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 10.0}, {'=<', '$1', 20.0}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'>=', '$1', 7}, {'=<', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'==', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'=:=', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'=:=', '$1', 7.0}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 20}, {'<', '$1', 10}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 7}, {'<', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 7}, {'=<', '$1', 7}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 1000}], ['$1']}],
        [{{'$1', '_'}, [{'<', '$1', a}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', a}, {'<', '$1', {const, {0}}}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', {const, {1}}}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 5}, {'/=', '$1', 8}, {'<', '$1', 12}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 5}, {'<', '$1', 12}, {'is_integer', '$1'}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 5}, {'<', '$1', 12}], [{{'$1', {element, 1, '$_'}}}]}],
        [{{'$1', '_'}, [{'>', '$1', {const, 25}}], ['$_']}],
        [{{'$1', v}, [{'>', '$1', 25}], ['$1']}],
        [{{'$1', w}, [{'>', '$1', 25}], ['$1']}],
        [{{'$1', '$2'}, [{'>', '$1', 25}, {'==', '$2', v}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 28}], ['$1']}, {{'$1', '_'}, [{'<', '$1', -3}], [{{'$1'}}]}],
        [{{'$1', '_'}, [{'>', '$1', 28}, {'<', '$1', {'div', 10, 0}}], ['$1']}],
        [{{'$1', '_'}, [{'>', '$1', 28}], [{'div', '$1', 0}]}],
        [{{'$1', '_'}, [{'orelse', {'>', '$1', 28}, {'<', '$1', -4}}], ['$1']}],
        [{{'$1', '_'}, [{'andalso', {'>', '$1', 28}, {'<', '$1', 30}}], ['$1']}]
    ],
    lists:foreach(
      fun(MS) ->
              R = ex(catch ets:select(T, MS)),
              Rev = ex(catch ets:select_reverse(T, MS)),
              C = ex(catch ets:select_count(T, [{H, G, [true]} || {H, G, _} <- MS])),
              d({shape(R), shape(Rev), C, chunks(T, MS, 3), rchunks(T, MS, 2)})
      end, Specs),
    %% deleting and replacing in a range
    N = ets:select_delete(T, [{{'$1', '_'}, [{'>', '$1', 20}, {'<', '$1', 25}], [true]}]),
    R2 = ets:select_replace(T, [{{'$1', '_'}, [{'>=', '$1', 25}, {'=<', '$1', 27}], [{{'$1', new}}]}]),
    d({N, R2, ets:select(T, [{{'$1', '$2'}, [{'>', '$1', 18}, {'<', '$1', 31}], [{{'$1', '$2'}}]}])}),
    %% a large table, scanned in slices
    B = ets:new(b, [ordered_set]),
    ets:insert(B, [{I, I * 2} || I <- lists:seq(1, 50000)]),
    S = ets:select(B, [{{'$1', '$2'}, [{'>', '$1', 1000}, {'=<', '$1', 41000}], ['$2']}]),
    d({length(S), lists:sum(S), hd(S), lists:last(S)}),
    d(ets:select_count(B, [{{'$1', '_'}, [{'>', '$1', 49990}], [true]}])),
    ok.

ex({'EXIT', {R, _}}) -> {'EXIT', R};
ex(X) -> X.

shape(L) when is_list(L) -> [norm(X) || X <- L];
shape(X) -> X.

norm(P) when is_pid(P) -> pid;
norm(R) when is_reference(R) -> ref;
norm({K, V}) -> {norm(K), norm(V)};
norm({K}) -> {norm(K)};
norm(X) -> X.

chunks(T, MS, N) -> walk(catch ets:select(T, MS, N), fun ets:select/1).
rchunks(T, MS, N) -> walk(catch ets:select_reverse(T, MS, N), fun ets:select/1).

walk('$end_of_table', _) -> ['$end_of_table'];
walk({'EXIT', {R, _}}, _) -> [{'EXIT', R}];
walk({L, Cont}, F) -> [shape(L) | walk(F(Cont), F)];
walk(Other, _) -> [Other].
