%% Larger bignum arithmetic: factorials, powers of two and ten, products and quotients of
%% multi-word numbers, and identities checked with =:=.
-module(arith_bignum_ops).
-export([main/0]).

main() ->
    F100 = fact(100),
    erlang:display(F100),
    erlang:display(fact(170) div fact(168)),
    erlang:display(F100 rem 1000000007),
    erlang:display(pow(2, 1000)),
    erlang:display(pow(10, 60) - 1),
    erlang:display(-pow(3, 200)),
    A = pow(7, 90) + 12345,
    B = pow(11, 40) - 3,
    erlang:display({A div B, A rem B, (A div B) * B + A rem B =:= A}),
    erlang:display({(-A) div B, (-A) rem B, A div (-B), A rem (-B)}),
    erlang:display(gcd(fact(60), pow(2, 80) * pow(3, 10))),
    erlang:display(A * B - B * A),
    erlang:display((A + B) * (A - B) =:= A * A - B * B),
    erlang:display(isqrt(pow(10, 101))),
    erlang:display(lists:sum([pow(2, N) || N <- lists:seq(0, 199)]) =:= pow(2, 200) - 1),
    erlang:display(digits(pow(2, 333), 0)),
    ok.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(X, N) when N rem 2 =:= 0 -> H = pow(X, N div 2), H * H;
pow(X, N) -> X * pow(X, N - 1).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, Acc + N rem 10).
