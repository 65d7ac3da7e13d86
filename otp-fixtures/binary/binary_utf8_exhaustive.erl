%% UTF-8 validity of every two-byte sequence and of three-byte sequences on a stride, decided by
%% a utf8 segment match and by unicode:characters_to_list: both must agree on which sequences
%% are valid, and the decoded code points are summed.
-module(binary_utf8_exhaustive).
-export([main/0]).

seg(B) -> case B of <<C/utf8>> -> C; _ -> invalid end.

uni(B) -> case unicode:characters_to_list(B) of [C] -> C; L when is_list(L) -> {many, L}; {error, _, _} -> invalid; {incomplete, _, _} -> invalid end.

main() ->
    Two = [<<A, B>> || A <- lists:seq(0, 255), B <- lists:seq(0, 255)],
    S2 = [seg(B) || B <- Two],
    U2 = [uni(B) || B <- Two],
    erlang:display({length([x || C <- S2, is_integer(C)]), lists:sum([C || C <- S2, is_integer(C)]),
                    length([x || {many, _} <- U2]), length([x || C <- U2, is_integer(C)])}),
    erlang:display(lists:sum([C || C <- U2, is_integer(C)])),
    Three = [<<A, B, C>> || A <- lists:seq(16#E0, 16#EF), B <- lists:seq(16#70, 16#CF, 3), C <- lists:seq(16#70, 16#CF, 5)],
    S3 = [seg(B) || B <- Three],
    U3 = [uni(B) || B <- Three],
    erlang:display({length(Three), length([x || C <- S3, is_integer(C)]), S3 =:= U3, erlang:phash2(S3)}),
    Four = [<<A, B, 16#80, 16#80>> || A <- lists:seq(16#F0, 16#F7), B <- lists:seq(16#70, 16#CF)],
    S4 = [seg(B) || B <- Four],
    erlang:display({length([x || C <- S4, is_integer(C)]), [C || C <- S4, is_integer(C), C band 16#FFFF =:= 0]}),
    ok.
