%% Euclid's algorithm and lcm over small and big numbers, extended gcd with Bezout coefficients
%% (checked), and modular inverses: long chains of div/rem on mixed-size operands.
-module(arith_gcd_lcm).
-export([main/0]).

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

lcm(A, B) -> abs(A * B) div gcd(A, B).

egcd(A, 0) -> {A, 1, 0};
egcd(A, B) -> {G, X, Y} = egcd(B, A rem B), {G, Y, X - (A div B) * Y}.

inv(A, M) -> {1, X, _} = egcd(A, M), ((X rem M) + M) rem M.

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

main() ->
    Pairs = [{12, 18}, {-12, 18}, {17, 5}, {0, 9}, {1 bsl 70, 1 bsl 40}, {fib(300), fib(299)},
             {fib(200) * 6, fib(150) * 9}, {(1 bsl 89) - 1, (1 bsl 61) - 1}, {123456789012345678901234567890, 9876543210}],
    [erlang:display({A, B, gcd(A, B), lcm(A, B), egcd(A, B), check(A, B)}) || {A, B} <- Pairs],
    M = (1 bsl 127) - 1,
    erlang:display([inv(X, M) || X <- [2, 3, 12345, 1 bsl 100]]),
    erlang:display([(inv(X, M) * X) rem M || X <- [2, 3, 12345, 1 bsl 100]]),
    erlang:display(lists:foldl(fun lcm/2, 1, lists:seq(1, 60))),
    ok.

check(A, B) -> {G, X, Y} = egcd(A, B), A * X + B * Y =:= G.
