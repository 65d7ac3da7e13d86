%% Arithmetic in loops: running sums and products that grow past the small-integer range, a
%% collatz walk, a triangular-number loop and an alternating sum that stays small.
-module(arith_loops).
-export([main/0]).

main() ->
    erlang:display(sum(1, 1000000, 0)),
    erlang:display(sumsq(1, 100000, 0)),
    erlang:display(prod(1, 60, 1)),
    erlang:display(prod(1, 60, 1) div prod(1, 58, 1)),
    erlang:display(alt(1, 1000001, 0)),
    erlang:display([collatz(N, 0) || N <- [1, 7, 27, 97, 871, 6171, 77031, 837799]]),
    erlang:display(collatz((1 bsl 100) + 1, 0)),
    erlang:display(fib(90, 0, 1)),
    erlang:display(fib(500, 0, 1)),
    erlang:display(mulsum(lists:seq(1, 200), 0)),
    ok.

sum(I, N, Acc) when I > N -> Acc;
sum(I, N, Acc) -> sum(I + 1, N, Acc + I).

sumsq(I, N, Acc) when I > N -> Acc;
sumsq(I, N, Acc) -> sumsq(I + 1, N, Acc + I * I * I).

prod(I, N, Acc) when I > N -> Acc;
prod(I, N, Acc) -> prod(I + 1, N, Acc * I).

alt(I, N, Acc) when I > N -> Acc;
alt(I, N, Acc) when I rem 2 =:= 0 -> alt(I + 1, N, Acc - I);
alt(I, N, Acc) -> alt(I + 1, N, Acc + I).

collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

mulsum([], Acc) -> Acc;
mulsum([X | Xs], Acc) -> mulsum(Xs, Acc * 3 + X).
