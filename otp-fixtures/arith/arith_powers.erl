%% Powers by repeated squaring, modular exponentiation with bignums, and a Fermat test, plus
%% printing of every power of 2, 3 and 10 up to a few hundred bits.
-module(arith_powers).
-export([main/0]).

main() ->
    [erlang:display({2, N, pow(2, N)}) || N <- lists:seq(0, 300, 13)],
    [erlang:display({-3, N, pow(-3, N)}) || N <- lists:seq(0, 150, 11)],
    [erlang:display({10, N, pow(10, N), pow(10, N) - 1}) || N <- lists:seq(15, 40)],
    M = (1 bsl 127) - 1,
    erlang:display({mersenne127, M, powmod(3, M - 1, M)}),
    erlang:display({powmod, powmod(123456789, 987654321, 1000000007)}),
    erlang:display({powmod_big, powmod(pow(7, 50), pow(3, 40), pow(2, 200) + 235)}),
    erlang:display([N || N <- lists:seq(2, 200), fermat(N)]),
    ok.

pow(_, 0) -> 1;
pow(X, N) when N band 1 =:= 0 -> H = pow(X, N bsr 1), H * H;
pow(X, N) -> X * pow(X, N - 1).

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E band 1 =:= 0 -> H = powmod(B, E bsr 1, M), (H * H) rem M;
powmod(B, E, M) -> (B * powmod(B, E - 1, M)) rem M.

fermat(N) -> lists:all(fun(A) -> powmod(A, N - 1, N) =:= 1 end, [A || A <- [2, 3, 5, 7], A < N]).
