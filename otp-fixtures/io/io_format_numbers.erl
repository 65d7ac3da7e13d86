-module(io_format_numbers).
-export([main/0]).

main() ->
    Ints = [0, 1, -1, 255, -255, 1 bsl 59, -(1 bsl 60), 12345678901234567890],
    [io:format("~b ~.16b ~.2B ~.36B ~8b|~-8b|~x ~.8X ~#~n",
               [I, I, I, I, I, I, I, "p", I, "q", I]) || I <- Ints],
    Floats = [0.0, 1.0, -1.5, 3.14159, 1.0e10, 1.0e-10, 123456.789, -0.001],
    [io:format("~f ~.2f ~e ~.3e ~g ~.4g ~10.3f| ~-10.3f|~n",
               [F, F, F, F, F, F, F, F]) || F <- Floats],
    io:format("~p ~w~n", [1.0e100, 2.5e-300]),
    io:format("~.1f~n", [2.45]),
    io:format("~p~n", [catch io:format("~.0e~n", [1.5])]),
    io:format("~5.1f|~*.*f|~n", [3.14159, 8, 3, 2.71828]),
    io:format("~10B|~-10B|~.10B~n", [42, 42, -42]),
    io:format("~s~n", [io_lib:format("~8.3.0f", [3.5])]),
    ok.
