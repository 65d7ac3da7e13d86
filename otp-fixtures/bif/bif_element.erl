%% element/2 at every valid and invalid position, with non-integer and bignum positions and
%% non-tuples; in guards (where failure is just false) and as calls.
-module(bif_element).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    T = {a, 2, "three", {four}, [5], 6.0},
    [erlang:display({I, t(fun() -> element(I, T) end)}) || I <- [-1, 0, 1, 2, 3, 4, 5, 6, 7, 1 bsl 64, 1.0, a]],
    [erlang:display({X, t(fun() -> element(1, X) end)}) || X <- [{}, {x}, [x], x, <<"x">>]],
    Big = list_to_tuple(lists:seq(1, 1000)),
    erlang:display({element(1, Big), element(500, Big), element(1000, Big), t(fun() -> element(1001, Big) end)}),
    [erlang:display({I, g(I, T)}) || I <- [0, 1, 6, 7, x]],
    ok.

g(I, T) when element(I, T) =:= a -> first_is_a;
g(I, T) when is_integer(element(I, T)) -> integer_there;
g(_, _) -> guard_failed.
