%% eval: NAME:main()
%% io:format string directives: ~s ~ts ~p ~w on strings, atoms and binaries, with widths and precision
-module(eval_format_strings).
-export([main/0]).
main() ->
    line("[~s]|[~10s]|[~-10s]|[~.3s]|[~10.3s]|[~-10.3s]|[~10.3.*s]", ["hello", "hello", "hello", "hello", "hello", "hello", $., "hello"]),
    line("[~s]|[~s]|[~s]|[~s]", [atom, <<"bin">>, ["io", [$l, "ist"], <<"!">>], 'Quoted atom']),
    line("[~3s]", ["toolong"]),
    line("[~ts]|[~10ts]|[~-4ts]", [<<"plain"/utf8>>, "abc", "xy"]),
    line("[~p]|[~w]|[~tp]|[~lp]", ["string", "string", "abc", "abc"]),
    line("[~p]|[~w]", [[1, 2, 3], [65, 66, 67]]),
    line("[~p]", [[$a, 10, $b]]),
    line("[~p]|[~w]", [<<"bin">>, <<1, 2, 3>>]),
    line("[~p]|[~w]|[~p]", ['hello world', 'UP', '']),
    line("[~s]", [123]),
    line("[~s]", [[1, 2 | 3]]),
    line("[~ts]", [[300]]),
    line("[~s]", [[300]]),
    line("~~|~n|", []),
    line("~q", [x]),
    line("~p ~p", [only_one]),
    line("~p", [a, b]),
    line(bad_format, []),
    io:format("~s~n", [io_lib:format("~5s|~-5s|", ["ab", "cd"])]),
    io:format("~p~n", [io_lib:format("~w ~s", [x, "y"])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~8.3.0f", [3.14159]))]),
    io:format("~p~n", [io_lib:fwrite("~c~c", [$o, $k])]),
    ok.
line(F, A) ->
    try io:format(F ++ "~n", A)
    catch C:R -> io:format("~p ~p~n", [C, R])
    end.
