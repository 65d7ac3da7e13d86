%% erlang:display/1 on lists of integers: which lists print as strings (latin-1 printable
%% characters and common escapes) and which as integer lists, including characters above 255.
-module(bif_display_strings).
-export([main/0]).

main() ->
    [erlang:display([C]) || C <- lists:seq(0, 300, 1)],
    [erlang:display([$x, C, $y]) || C <- [0, 7, 8, 9, 10, 11, 12, 13, 26, 27, 31, 32, 34, 39, 92, 126, 127, 128, 159, 160, 255, 256, 1000, 16#10FFFF]],
    erlang:display(lists:seq(32, 126)),
    erlang:display(lists:seq(160, 255)),
    erlang:display("日本語"),
    erlang:display([[$a], [$b, [$c]], "d"]),
    ok.
