%% Digits of pi and e with bignum arithmetic: Machin's formula with fixed-point bignums for 300
%% digits of pi, the series for e to 300 digits, and the square root of 2 by Newton's method.
-module(programs_pi_digits).
-export([main/0]).

arctan_inv(X, Unity) -> arctan_inv(X, Unity, Unity div X, X * X, 1, 0, 1).
arctan_inv(_, _, 0, _, _, Sum, _) -> Sum;
arctan_inv(X, Unity, Power, X2, N, Sum, Sign) ->
    arctan_inv(X, Unity, Power div X2, X2, N + 2, Sum + Sign * (Power div N), -Sign).

pi(Digits) ->
    Unity = pow10(Digits + 10),
    Pi = 4 * (4 * arctan_inv(5, Unity) - arctan_inv(239, Unity)),
    Pi div pow10(10).

e(Digits) ->
    Unity = pow10(Digits + 10),
    e_sum(Unity, 1, 1, 0) div pow10(10).
e_sum(_, _, Term, Acc) when Term =:= 0 -> Acc;
e_sum(Unity, N, _, Acc) when N =:= 1 -> e_sum(Unity, 2, Unity, Acc + Unity);
e_sum(Unity, N, Prev, Acc) -> T = Prev div (N - 1), e_sum(Unity, N + 1, T, Acc + T).

sqrt2(Digits) -> isqrt(2 * pow10(2 * Digits)).
isqrt(N) -> isqrt(N, N).
isqrt(N, X) -> Y = (X + N div X) div 2, if Y >= X -> X; true -> isqrt(N, Y) end.

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).

main() ->
    P = integer_to_list(pi(300)),
    erlang:display({length(P), lists:sublist(P, 50)}),
    erlang:display(P),
    E = integer_to_list(e(300)),
    erlang:display(E),
    erlang:display(integer_to_list(sqrt2(300))),
    erlang:display(lists:sum([D - $0 || D <- P])),
    ok.
