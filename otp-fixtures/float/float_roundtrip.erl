%% Round trips: for many floats (powers of two and ten, neighbours of each, a pseudo-random
%% sequence), float_to_list(X, [short]) reads back to exactly X, and the digits are shown.
-module(float_roundtrip).
-export([main/0]).

main() ->
    Pow2 = [math:pow(2, N) || N <- lists:seq(-1074, 1023, 37)],
    Pow10 = [list_to_float("1.0e" ++ integer_to_list(N)) || N <- lists:seq(-300, 300, 23)],
    Rand = rand_floats(40, 12345, []),
    [check(X) || X <- Pow2 ++ Pow10 ++ Rand],
    ok.

check(X) ->
    S = float_to_list(X, [short]),
    erlang:display({S, list_to_float(S) =:= X, float_to_list(X, [{scientific, 16}])}).

%% A linear congruential generator so the sequence is the same on every run.
rand_floats(0, _, Acc) -> Acc;
rand_floats(N, Seed, Acc) ->
    S1 = (Seed * 6364136223846793005 + 1442695040888963407) rem (1 bsl 64),
    Mant = S1 bsr 12,
    Exp = (S1 rem 600) - 300,
    X = (Mant / (1 bsl 52)) * math:pow(10, Exp),
    rand_floats(N - 1, S1, [X | Acc]).
