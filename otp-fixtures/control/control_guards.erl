%% Guard expressions: comma (and) and semicolon (or) sequences, guard BIFs on every type, nested
%% boolean operators, comparisons that mix types, and guards that fail by raising.
-module(control_guards).
-export([main/0]).

g1(X) when is_integer(X), X > 10, X rem 2 =:= 0 -> even_over_10;
g1(X) when is_integer(X); is_float(X) -> number;
g1(X) when is_list(X), length(X) > 2, hd(X) =:= $a -> long_a_list;
g1(X) when tuple_size(X) =:= 2, element(1, X) =:= tag -> tagged_pair;
g1(X) when is_map(X), map_size(X) > 0, is_map_key(k, X) -> map_with_k;
g1(X) when byte_size(X) > 2; bit_size(X) =:= 1 -> long_or_one_bit;
g1(X) when X =:= {}; X =:= []; X =:= <<>> -> empty;
g1(X) when not is_atom(X) -> not_atom;
g1(X) when (X =:= a) or (X =:= b) -> a_or_b;
g1(X) when (X =/= c) and is_atom(X) -> other_atom_not_c;
g1(_) -> c.

g2(X, Y) when X > Y, abs(X - Y) > 5 -> far_above;
g2(X, Y) when X > Y -> above;
g2(X, Y) when X == Y, X =/= Y -> equal_not_exact;
g2(X, Y) when X =:= Y -> exact;
g2(X, Y) when float(X) < Y; trunc(Y) > X -> below_converted;
g2(_, _) -> below.

main() ->
    Vs = [12, 11, 2.5, "abc", "ab", [a, b, c], {tag, 1}, {tag}, #{k => 1}, #{}, <<1, 2, 3>>, <<1:1>>, <<1>>,
          {}, [], <<>>, a, b, c, d, fun() -> ok end],
    [erlang:display({I, g1(V)}) || {I, V} <- lists:zip(lists:seq(1, length(Vs)), Vs)],
    Ns = [0, 1, 1.0, 7, 7.5, -3, 1 bsl 62],
    [erlang:display({X, Y, g2(X, Y)}) || X <- Ns, Y <- Ns],
    ok.
