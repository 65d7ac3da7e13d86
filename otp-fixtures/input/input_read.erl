%% input:
%% stdin: {tuple, 1}. [list, "str"].\n  42.\n3.5e2. 'quoted atom'.\n#{k => v}.\nfoo(.\nbar.\n<<"bin">>.\n
%% io:read/1 of several terms per line and across lines, a syntax error, then eof
-module(input_read).
-export([main/0]).
main() -> loop(0).
loop(N) when N > 20 -> io:format("too many~n");
loop(N) ->
    case io:read("term> ") of
        eof -> io:format("~neof~n");
        {ok, T} -> io:format("~nok ~p~n", [T]), loop(N + 1);
        {error, E} -> io:format("~nerror ~p~n", [E]), loop(N + 1)
    end.
