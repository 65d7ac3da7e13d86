%% if expressions: first true guard wins, guards that raise count as false, `true` as catch-all,
%% and if_clause when nothing matches.
-module(control_if).
-export([main/0]).

sign(X) ->
    if
        X > 0 -> positive;
        X < 0 -> negative;
        X == 0 -> zero
    end.

weird(X) ->
    if
        element(1, X) =:= a -> first_a;
        hd(X) =:= b -> head_b;
        X / 2 > 1 -> half_big;
        is_atom(X); is_binary(X) -> atom_or_binary;
        true -> fallback
    end.

main() ->
    erlang:display([catch sign(X) || X <- [1, -1, 0, 0.0, 1 bsl 80, -1.5, a]]),
    erlang:display([weird(X) || X <- [{a}, {b}, [b], [c], 10, 1, x, <<"b">>, 2.5, {}]]),
    ok.
