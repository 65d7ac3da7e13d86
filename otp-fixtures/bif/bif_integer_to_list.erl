%% integer_to_list/1,2 and integer_to_binary/1,2: every base from 2 to 36, negative numbers,
%% bignums, zero, and invalid bases and non-integers.
-module(bif_integer_to_list).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ns = [0, 1, -1, 35, -36, 255, 1000000, 576460752303423487, -576460752303423488, 1 bsl 64,
          -(1 bsl 100) + 1, 123456789012345678901234567890],
    [erlang:display({N, integer_to_list(N), integer_to_binary(N)}) || N <- Ns],
    [erlang:display({N, B, integer_to_list(N, B)}) || N <- Ns, B <- [2, 3, 7, 8, 10, 16, 35, 36]],
    [erlang:display({N, B, t(fun() -> integer_to_list(N, B) end), t(fun() -> integer_to_binary(N, B) end)})
     || N <- [10], B <- [1, 0, 37, -2, 2.0, a]],
    [erlang:display({X, t(fun() -> integer_to_list(X) end)}) || X <- [1.0, a, "1", [1]]],
    ok.
