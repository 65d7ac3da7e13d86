%% Boolean operators and/or/xor/not (strict, badarg on non-booleans) and andalso/orelse
%% (short-circuit: the right side may be any term), inside and outside guards.
-module(bif_booleans).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Vs = [true, false, 1, undefined],
    [erlang:display({A, B, t(fun() -> A and B end), t(fun() -> A or B end), t(fun() -> A xor B end),
                     t(fun() -> A andalso B end), t(fun() -> A orelse B end)}) || A <- Vs, B <- Vs],
    [erlang:display({A, t(fun() -> not A end)}) || A <- Vs],
    [erlang:display({A, B, g(A, B)}) || A <- Vs, B <- Vs],
    erlang:display(t(fun() -> true andalso {any, term} end)),
    erlang:display(t(fun() -> false orelse [tail] end)),
    ok.

g(A, B) when A and B -> both;
g(A, B) when A or B -> either;
g(A, B) when A andalso not B -> only_a;
g(_, _) -> neither_or_bad.
