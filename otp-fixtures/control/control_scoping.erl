%% Variable scoping: variables bound in all case branches are usable afterwards, begin/end blocks,
%% variables shadowed in funs, unused-match variables, and match expressions as values.
-module(control_scoping).
-export([main/0]).

branches(X) ->
    case X of
        1 -> Y = one, Z = 1;
        2 -> Y = two, Z = 2;
        _ -> Y = many, Z = X
    end,
    {Y, Z}.

main() ->
    erlang:display([branches(X) || X <- [1, 2, 3, a]]),
    V = begin A = 1, B = 2, A + B end,
    erlang:display(V),
    X = 10,
    F = fun(X1) -> X + X1 end,
    erlang:display(F(5)),
    G = fun(Y) -> fun(X2) -> {X, X2, Y} end end,
    erlang:display((G(1))(2)),
    W = (Q = 7) + 1,
    erlang:display({W, Q}),
    {P, P} = {same, same},
    erlang:display(P),
    R = if X > 5 -> M = big, M; true -> small end,
    erlang:display(R),
    T = try N = list_to_integer("42"), N * 2 catch _:_ -> failed end,
    erlang:display(T),
    ok.
