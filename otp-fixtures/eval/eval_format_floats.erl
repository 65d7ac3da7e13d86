%% eval: NAME:main()
%% io:format float directives: ~f ~e ~g ~w ~p with widths, precisions and padding
-module(eval_format_floats).
-export([main/0]).
main() ->
    Fs = [0.0, 1.0, -1.5, 3.14159265358979, 1.0e-10, 123456789.125, -2.5e20, 0.1, 1.0e100, 5.0e-324],
    [line("~f|~e|~g|~w|~p", [F, F, F, F, F]) || F <- Fs],
    [line("~.2f|~.0f|~.10f|~12.3f|~-12.3f|~.3e|~12.4e|~.2g|~.8g|~15.5g", [F, F, F, F, F, F, F, F, F, F]) || F <- Fs],
    line("~10..*f|~-10.2.-f|~*.*f|~.1e", [1.25, 2.5, 8, 3, 9.87654, 1.0]),
    line("~f", [7]),
    line("~.1f|~.1f|~.1f|~.1f", [0.05, 0.15, 0.25, 0.35]),
    line("~.20f", [0.1]),
    line("~e", [5]),
    line("~1.1f", [123.456]),
    ok.
line(F, A) ->
    try io:format(F ++ "~n", A)
    catch C:R -> io:format("~p ~p~n", [C, R])
    end.
