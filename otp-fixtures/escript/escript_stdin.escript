#!/usr/bin/env escript
%% stdin: alpha beta\ngamma\n\ndelta epsilon zeta\n
%% An escript reading standard input line by line: a word count
main(_) ->
    Counts = loop(0, 0),
    io:format("~p~n", [Counts]).
loop(Lines, Words) ->
    case io:get_line("") of
        eof -> {lines, Lines, words, Words};
        Line ->
            W = length(string:lexemes(Line, " \n")),
            io:format("~p: ~p~n", [Lines + 1, W]),
            loop(Lines + 1, Words + W)
    end.
