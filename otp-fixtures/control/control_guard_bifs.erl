%% Every guard BIF used inside a guard, each on a value it accepts and on values that make it fail
%% (a failing guard BIF makes the guard false): abs, bit_size, byte_size, ceil, element, float,
%% floor, hd, length, map_get, map_size, node, round, self, size, tl, trunc, tuple_size,
%% binary_part and is_map_key.
-module(control_guard_bifs).
-export([main/0]).

g(abs, X) when abs(X) > 1 -> yes;
g(bit_size, X) when bit_size(X) > 8 -> yes;
g(byte_size, X) when byte_size(X) > 1 -> yes;
g(ceil, X) when ceil(X) > 1 -> yes;
g(element, X) when element(2, X) =:= b -> yes;
g(float, X) when float(X) > 1.0 -> yes;
g(floor, X) when floor(X) > 1 -> yes;
g(hd, X) when hd(X) =:= h -> yes;
g(length, X) when length(X) > 1 -> yes;
g(map_get, X) when map_get(k, X) =:= v -> yes;
g(map_size, X) when map_size(X) > 0 -> yes;
g(node, X) when node(X) =:= 'nonode@nohost' -> yes;
g(round, X) when round(X) > 1 -> yes;
g(self, X) when self() =/= X -> yes;
g(size, X) when size(X) > 1 -> yes;
g(tl, X) when tl(X) =:= [] -> yes;
g(trunc, X) when trunc(X) > 1 -> yes;
g(tuple_size, X) when tuple_size(X) > 1 -> yes;
g(binary_part, X) when binary_part(X, 0, 1) =:= <<"a">> -> yes;
g(is_map_key, X) when is_map_key(k, X) -> yes;
g(_, _) -> no.

main() ->
    Bifs = [abs, bit_size, byte_size, ceil, element, float, floor, hd, length, map_get, map_size,
            node, round, self, size, tl, trunc, tuple_size, binary_part, is_map_key],
    Vs = [-3, 1, 2.7, 1 bsl 70, a, [h], [h, i], [x | y], {a, b}, {a}, <<"ab">>, <<"a">>, <<1:3>>,
          #{k => v}, #{k => w}, #{}, "", self_atom],
    [erlang:display({B, [g(B, V) || V <- Vs]}) || B <- Bifs],
    ok.
