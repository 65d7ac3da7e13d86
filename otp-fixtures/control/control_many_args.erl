%% Functions with many arguments (up to 30, beyond any register window a VM might assume), many
%% variables live across calls, and funs capturing many values: register and stack-slot handling.
-module(control_many_args).
-export([main/0, f30/30]).

f10(A, B, C, D, E, F, G, H, I, J) -> [J, I, H, G, F, E, D, C, B, A].

f30(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20,
    A21, A22, A23, A24, A25, A26, A27, A28, A29, A30) ->
    {A30, A1, A29 - A2, [A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15],
     A16 * A17, {A18, A19, A20, A21, A22}, A23 + A24 + A25 + A26, A27, A28}.

live_across_calls(X) ->
    A = X + 1, B = X * 2, C = [X], D = {X}, E = X - 1, F = float(X), G = integer_to_list(X),
    H = id(A) + id(B),
    I = id(C) ++ id(C),
    J = id(D),
    K = id(E) * id(F),
    {A, B, C, D, E, F, G, H, I, J, K}.

id(X) -> X.

main() ->
    erlang:display(f10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
    Args = lists:seq(1, 30),
    erlang:display(apply(?MODULE, f30, Args)),
    erlang:display(f30(a, 2, c, d, e, f, g, h, i, j, k, l, m, n, o, 3, 4, p, q, r, s, t, 1, 2, 3, 4, u, v, 10, 20)),
    erlang:display([live_across_calls(X) || X <- [1, 100, 1 bsl 62]]),
    Vs = lists:seq(1, 12),
    [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12] = Vs,
    Fun = fun(Z) -> Z + V1 + V2 + V3 + V4 + V5 + V6 + V7 + V8 + V9 + V10 + V11 + V12 end,
    erlang:display(Fun(1000)),
    Deep = fun(P1, P2, P3, P4, P5, P6, P7, P8) -> fun(Q) -> [Q, P8, P7, P6, P5, P4, P3, P2, P1] end end,
    erlang:display((Deep(1, 2, 3, 4, 5, 6, 7, 8))(0)),
    ok.
