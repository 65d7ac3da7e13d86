%% split_binary/2 at every position of small and large binaries, out-of-range and bad arguments,
%% and bitstrings (the tail keeps the trailing bits).
-module(binary_split_binary).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"hello">>),
    [erlang:display({N, t(fun() -> split_binary(B, N) end)}) || N <- [-1, 0, 1, 2, 3, 4, 5, 6, 1 bsl 64, a, 1.0]],
    erlang:display(t(fun() -> split_binary(?MODULE:id(<<>>), 0) end)),
    erlang:display(t(fun() -> split_binary(?MODULE:id(<<>>), 1) end)),
    Bits = ?MODULE:id(<<"ab", 5:3>>),
    [erlang:display({bits, N, t(fun() -> split_binary(Bits, N) end)}) || N <- [0, 1, 2, 3]],
    [erlang:display({bad, t(fun() -> split_binary(?MODULE:id(X), 0) end)}) || X <- [a, "abc", [<<1>>], 7]],
    Big = binary:copy(<<"0123456789">>, 1000),
    lists:foreach(fun(N) ->
                          {L, R} = split_binary(Big, N),
                          erlang:display({N, byte_size(L), byte_size(R), binary:part(L, max(0, byte_size(L) - 3), min(3, byte_size(L))),
                                          binary:part(R, 0, min(3, byte_size(R))), <<L/binary, R/binary>> =:= Big})
                  end, [0, 1, 63, 64, 65, 4999, 9999, 10000]),
    ok.
