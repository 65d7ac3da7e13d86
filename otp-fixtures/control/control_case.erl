%% case expressions: literal patterns of every type, nested patterns, bound variables in patterns,
%% guards with several alternatives, and clauses the compiler turns into jump tables.
-module(control_case).
-export([main/0]).

classify(X) ->
    case X of
        0 -> zero;
        1 -> one;
        2.0 -> two_float;
        -1 -> minus_one;
        576460752303423488 -> first_bignum;
        a -> atom_a;
        [] -> nil;
        "ab" -> string_ab;
        [H | _] when is_atom(H) -> {list_of_atom, H};
        {} -> empty_tuple;
        {A} -> {one_tuple, A};
        {A, A} -> {pair_same, A};
        {A, B} when A > B; is_atom(A) -> {pair_desc_or_atom, A, B};
        {_, _} -> pair;
        {_, _, _} -> triple;
        <<"bin">> -> bin;
        #{k := V} -> {map_k, V};
        N when is_integer(N), N > 100 -> big_int;
        F when is_float(F) -> float;
        _ -> other
    end.

main() ->
    Vs = [0, 1, 2, 2.0, -1, 576460752303423488, a, b, [], "ab", "abc", [x, y], {}, {q}, {1, 1}, {1, 1.0},
          {2, 1}, {b, c}, {1, 2}, {1, 2, 3}, <<"bin">>, <<"bim">>, #{k => 5}, #{j => 5}, 101, 1.5, self_free],
    [erlang:display({V, classify(V)}) || V <- Vs],
    ok.
