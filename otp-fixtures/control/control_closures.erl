%% Closures capturing many variables of different types (the environment is copied into the fun),
%% closures created in loops, and closures that outlive the function that created them.
-module(control_closures).
-export([main/0]).

make(A, B, C, D, E, F, G, H) ->
    fun(X) -> {X, A, B, C, D, E, F, G, H} end.

main() ->
    Big = 1 bsl 100,
    Fl = 2.5,
    L = [1, 2, 3],
    T = {t, u},
    Fun = make(1, Big, Fl, L, T, atom, "str", <<"bin">>),
    erlang:display(Fun(x)),
    Fs = [fun() -> I * I end || I <- lists:seq(1, 10)],
    erlang:display([F() || F <- Fs]),
    Acc = lists:foldl(fun(I, AccF) -> fun() -> [I | AccF()] end end, fun() -> [] end, lists:seq(1, 20)),
    erlang:display(Acc()),
    Nested = fun(A) -> fun(B) -> fun(C) -> fun(D) -> A + B * C - D end end end end,
    erlang:display((((Nested(1))(2))(3))(4)),
    Shadow = fun(X) -> Y = X * 2, fun(Z) -> {X, Y, Z} end end,
    erlang:display((Shadow(5))(6)),
    ok.
