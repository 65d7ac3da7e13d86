%% binary:encode_unsigned/1,2 and decode_unsigned/1,2 in big and little endian: zero, byte
%% boundaries, bignums, leading/trailing zero bytes on decode, and badarg for negatives and bad input.
-module(binary_mod_unsigned).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ns = [0, 1, 127, 128, 255, 256, 65535, 65536, 16#FFFFFF, 16#1000000, 1 bsl 59 - 1, 1 bsl 59, 1 bsl 63,
          1 bsl 64 - 1, 1 bsl 64, 1 bsl 200 + 12345, -1, -256, 1.0, a, <<1>>],
    [erlang:display({N, t(fun() -> binary:encode_unsigned(?MODULE:id(N)) end),
                     t(fun() -> binary:encode_unsigned(?MODULE:id(N), big) end),
                     t(fun() -> binary:encode_unsigned(?MODULE:id(N), little) end)}) || N <- Ns],
    Bs = [<<>>, <<0>>, <<0, 0, 0>>, <<1>>, <<0, 1>>, <<1, 0>>, <<255, 255, 255, 255, 255, 255, 255, 255>>,
          <<1, 0, 0, 0, 0, 0, 0, 0, 0>>, <<0, 0, 0, 0, 0, 0, 0, 0, 1>>, binary:copy(<<255>>, 40), <<1:1>>, "ab", 5],
    [erlang:display({B, t(fun() -> binary:decode_unsigned(?MODULE:id(B)) end),
                     t(fun() -> binary:decode_unsigned(?MODULE:id(B), big) end),
                     t(fun() -> binary:decode_unsigned(?MODULE:id(B), little) end)}) || B <- Bs],
    erlang:display(t(fun() -> binary:encode_unsigned(?MODULE:id(5), middle) end)),
    erlang:display(t(fun() -> binary:decode_unsigned(?MODULE:id(<<5>>), middle) end)),
    RT = [binary:decode_unsigned(binary:encode_unsigned(N, E), E) =:= N
          || N <- [I * I * I * 7919 || I <- lists:seq(0, 3000, 13)] ++ [1 bsl B || B <- lists:seq(0, 300, 7)], E <- [big, little]],
    erlang:display({length(RT), lists:all(fun(X) -> X end, RT)}),
    ok.
