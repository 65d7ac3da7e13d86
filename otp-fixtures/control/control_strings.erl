%% String processing with plain list functions written here: tokenising, reversing words,
%% palindromes, run-length encoding, caesar cipher and integer/string conversions.
-module(control_strings).
-export([main/0]).

tokens(S) -> tokens(S, [], []).
tokens([], [], Acc) -> lists:reverse(Acc);
tokens([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
tokens([$\s | T], [], Acc) -> tokens(T, [], Acc);
tokens([$\s | T], W, Acc) -> tokens(T, [], [lists:reverse(W) | Acc]);
tokens([C | T], W, Acc) -> tokens(T, [C | W], Acc).

rle([]) -> [];
rle([C | T]) -> rle(T, C, 1, []).
rle([C | T], C, N, Acc) -> rle(T, C, N + 1, Acc);
rle([D | T], C, N, Acc) -> rle(T, D, 1, [{C, N} | Acc]);
rle([], C, N, Acc) -> lists:reverse([{C, N} | Acc]).

caesar(S, K) -> [shift(C, K) || C <- S].
shift(C, K) when C >= $a, C =< $z -> $a + (C - $a + K) rem 26;
shift(C, K) when C >= $A, C =< $Z -> $A + (C - $A + K) rem 26;
shift(C, _) -> C.

main() ->
    S = "the quick  brown fox jumps over the lazy dog",
    erlang:display(tokens(S)),
    erlang:display(lists:reverse(tokens(S))),
    erlang:display([W || W <- tokens(S), W =:= lists:reverse(W)]),
    erlang:display(rle("aaabccddddde")),
    erlang:display(caesar("Hello, World!", 13)),
    erlang:display(caesar(caesar("Hello, World!", 13), 13)),
    erlang:display([list_to_integer(W) || W <- tokens("1 22 333 -4444 55555")]),
    erlang:display(lists:flatten([integer_to_list(N) ++ " " || N <- lists:seq(1, 12)])),
    ok.
