-module(io_format_basic).
-export([main/0]).

main() ->
    io:format("hello~n"),
    io:format("~p~n", [atom]),
    io:format("~p ~p ~p~n", [1, -2, 3.5]),
    io:format("~w~n", [{tuple, [list], <<"bin">>}]),
    io:format("~s~n", ["a string"]),
    io:format("~s~n", [<<"a binary">>]),
    io:format("~s~n", [an_atom]),
    io:format("~c~c~c~n", [$a, $b, $c]),
    io:format("~5c|~n", [$x]),
    io:format("~~ tilde~n"),
    io:format("no args~n", []),
    io:format("~i~p~n", [ignored, shown]),
    io:format(<<"binary format ~p~n">>, [ok]),
    io:format(an_atom_format),
    io:nl(),
    io:format("~n"),
    ok.
