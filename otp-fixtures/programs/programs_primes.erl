%% Prime numbers several ways: trial division, a sieve on a tuple, a lazy-ish wheel, and
%% factorisation of numbers including bignums with Pollard's rho, all cross-checked.
-module(programs_primes).
-export([main/0]).

trial(N) when N < 2 -> false;
trial(N) -> trial(N, 2).
trial(N, D) when D * D > N -> true;
trial(N, D) when N rem D =:= 0 -> false;
trial(N, D) -> trial(N, D + 1).

sieve(N) ->
    T = sieve(2, N, erlang:make_tuple(N, true)),
    [I || I <- lists:seq(2, N), element(I, T)].
sieve(P, N, T) when P * P > N -> T;
sieve(P, N, T) ->
    case element(P, T) of
        true -> sieve(P + 1, N, mark(P * P, P, N, T));
        false -> sieve(P + 1, N, T)
    end.
mark(I, _, N, T) when I > N -> T;
mark(I, P, N, T) -> mark(I + P, P, N, setelement(I, T, false)).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

rho(N) when N rem 2 =:= 0 -> 2;
rho(N) -> rho(N, 2, 2, 1, 1).
rho(N, X, Y, D, C) when D =:= 1 ->
    F = fun(V) -> (V * V + C) rem N end,
    X1 = F(X), Y1 = F(F(Y)),
    rho(N, X1, Y1, gcd(abs(X1 - Y1), N), C);
rho(N, _, _, N, C) -> rho(N, 2, 2, 1, C + 1);
rho(_, _, _, D, _) -> D.

factor(1) -> [];
factor(N) ->
    case is_probable_prime(N) of
        true -> [N];
        false -> D = rho(N), lists:sort(factor(D) ++ factor(N div D))
    end.

is_probable_prime(N) when N < 2 -> false;
is_probable_prime(N) when N < 4 -> true;
is_probable_prime(N) when N rem 2 =:= 0 -> false;
is_probable_prime(N) ->
    {S, D} = split(N - 1, 0),
    lists:all(fun(A) -> A rem N =:= 0 orelse witness(A, S, D, N) end, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]).
split(D, S) when D rem 2 =:= 0 -> split(D div 2, S + 1);
split(D, S) -> {S, D}.
witness(A, S, D, N) ->
    X = powmod(A, D, N),
    X =:= 1 orelse X =:= N - 1 orelse squares(X, S - 1, N).
squares(_, 0, _) -> false;
squares(X, K, N) -> Y = X * X rem N, Y =:= N - 1 orelse squares(Y, K - 1, N).
powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

main() ->
    S = sieve(3000),
    erlang:display({length(S), lists:sublist(S, 15), lists:last(S)}),
    erlang:display(S =:= [N || N <- lists:seq(1, 3000), trial(N)]),
    erlang:display([factor(N) || N <- [2, 12, 360, 1001, 65537, 600851475143, (1 bsl 61) - 1]]),
    erlang:display(factor(1000003 * 999983)),
    erlang:display(factor((1 bsl 67) - 1)),
    erlang:display([N || N <- lists:seq((1 bsl 64) - 100, (1 bsl 64)), is_probable_prime(N)]),
    ok.
