%% integer_to_binary/1,2 across signs, the small/big boundary, huge bignums and every base (digits
%% above 9 are upper case), plus badarg for non-integers and bad bases.
-module(binary_integer_to_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ns = [0, 1, -1, 9, 10, -10, 255, 1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 63,
          1 bsl 64, -(1 bsl 64), 1 bsl 100, 12345678901234567890123456789],
    [erlang:display({N, t(fun() -> integer_to_binary(?MODULE:id(N)) end)}) || N <- Ns],
    [erlang:display({N, B, t(fun() -> integer_to_binary(?MODULE:id(N), ?MODULE:id(B)) end)})
     || N <- [0, 35, -35, 255, 1 bsl 64, -(1 bsl 70)], B <- [2, 8, 16, 36]],
    [erlang:display({bad, X, B, t(fun() -> integer_to_binary(?MODULE:id(X), ?MODULE:id(B)) end)})
     || {X, B} <- [{1.0, 10}, {a, 10}, {<<"1">>, 10}, {1, 1}, {1, 37}, {1, 0}, {1, a}, {1, 10.0}, {1, -2}]],
    erlang:display(t(fun() -> integer_to_binary(?MODULE:id(1.5)) end)),
    erlang:display(t(fun() -> integer_to_binary(?MODULE:id("12")) end)),
    Big = 1 bsl 5000 - 1,
    B10 = integer_to_binary(Big),
    B16 = integer_to_binary(Big, 16),
    B2 = integer_to_binary(-Big, 2),
    erlang:display({byte_size(B10), erlang:crc32(B10), byte_size(B16), binary:part(B16, 0, 8), byte_size(B2), binary:part(B2, 0, 5)}),
    erlang:display(binary_to_integer(B10) =:= Big),
    [erlang:display(integer_to_binary(-1 bsl B, 36)) || B <- [5, 58, 59, 60, 61, 127, 128, 129]],
    ok.
