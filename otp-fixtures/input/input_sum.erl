%% input:
%% stdin: 10\n20\n  -5 \nnot a number\n1000000000000000000000\n7
%% A small filter: sums the integers on standard input, reporting lines it cannot parse
-module(input_sum).
-export([main/0]).
main() -> loop(0, 1).
loop(Sum, LineNo) ->
    case io:get_line("") of
        eof -> io:format("total ~p~n", [Sum]);
        Line ->
            Text = string:trim(Line),
            case string:to_integer(Text) of
                {N, ""} -> loop(Sum + N, LineNo + 1);
                _ -> io:format("line ~p: cannot parse ~p~n", [LineNo, Text]), loop(Sum, LineNo + 1)
            end
    end.
