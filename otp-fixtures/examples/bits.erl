%% Example module for the disassembly snapshots: binary construction and matching, floats.
-module(bits).
-export([pack/3, unpack/1, utf8_len/1, mean/1, scale/2]).

pack(Tag, Value, Rest) when is_integer(Value) ->
    <<Tag:8, Value:32/little-signed, (byte_size(Rest)):16, Rest/binary, "end">>.

unpack(<<Tag:8, Value:32/little-signed, Len:16, Rest:Len/binary, "end", Tail/bits>>) ->
    {Tag, Value, Rest, bit_size(Tail)};
unpack(<<F:64/float, _/binary>>) ->
    {float, F};
unpack(_) ->
    error.

utf8_len(Bin) -> utf8_len(Bin, 0).

utf8_len(<<_/utf8, Rest/binary>>, N) -> utf8_len(Rest, N + 1);
utf8_len(<<>>, N) -> N.

mean([]) -> 0.0;
mean(Xs) -> lists:sum(Xs) / length(Xs).

scale(X, F) when is_float(X), is_float(F) ->
    Y = X * F + 0.5,
    {Y, -Y, math:sqrt(abs(Y)), 1.0e-10, 12345678901234567890123 * 3}.
