%% Exceptions inside guards never escape: a failing guard BIF (element/2 out of range, hd([]),
%% length of an improper list, arithmetic on atoms) makes that guard false and the next clause runs.
-module(except_guards).
-export([main/0]).

f(X) when element(2, X) =:= b -> second_is_b;
f(X) when hd(X) =:= 1 -> head_is_1;
f(X) when length(X) > 2 -> long_list;
f(X) when X + 1 > 5 -> big_number;
f(X) when tuple_size(X) > 0; is_atom(X) -> tuple_or_atom;
f(X) when map_size(X) >= 0 -> a_map;
f(X) when byte_size(X) > 1 -> long_binary;
f(_) -> nothing.

main() ->
    Vs = [{a, b}, {a}, [1, 2], [2 | 3], [0, 0, 0], [0 | x], 10, 3, foo, #{}, <<1, 2>>, <<1>>, "",
          {}, 1.0e300, -7],
    [erlang:display({V, f(V)}) || V <- Vs],
    [erlang:display({V, if is_integer(V), V div 0 > 1 -> divided; true -> if_fallback end}) || V <- Vs],
    ok.
