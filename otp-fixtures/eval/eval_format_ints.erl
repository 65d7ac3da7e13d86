%% eval: NAME:main()
%% io:format integer directives: ~b ~B ~x ~X ~# ~+ ~w ~p with field widths, padding and bases
-module(eval_format_ints).
-export([main/0]).
main() ->
    Ns = [0, 7, -7, 255, -255, 1 bsl 64, -(1 bsl 70) + 3],
    [line("~b|~B|~10B|~-10B|~.16B|~.2B|~10.36B|~.8b", [N, N, N, N, N, N, N, N]) || N <- Ns],
    [line("~x|~X|~.16x|~.16X|~12.16X|~-12.16x", [N, "pre", N, "0x", N, "#", N, "$", N, "@", N, "@"]) || N <- Ns],
    [line("~#|~.16#|~+|~.16+|~.2#|~.8+", [N, N, N, N, N, N]) || N <- Ns],
    [line("~w|~8w|~-8w|~8.3w|~*w|~.*w", [N, N, N, N, 6, N, 3, N]) || N <- lists:sublist(Ns, 5)],
    line("~5..0B|~-5..xB|~5.2.0B|~*.*.*B", [42, 42, 5, 8, 16, $_, 255]),
    line("~.10B|~.36B|~.36b", [123456789, 123456789, 123456789]),
    line("~5c|~-5c|~5.3c|~.4c|~c", [$a, $b, $c, $d, $e]),
    line("~i~w|~10.4.*w|", [ignored, x, $-, abcdefgh]),
    ok.
line(F, A) ->
    try io:format(F ++ "~n", A)
    catch C:R -> io:format("~p ~p~n", [C, R])
    end.
