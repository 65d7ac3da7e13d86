#!/usr/bin/env escript
%% args: --verbose -o out.txt input
%% An escript parsing option-like arguments, ending with halt(0) in the middle of its work
main(Args) ->
    Opts = parse(Args, []),
    io:format("~p~n", [Opts]),
    [begin io:format("step ~p~n", [N]), N =:= 2 andalso halt(0) end || N <- [1, 2, 3]],
    io:format("not reached~n").
parse(["--verbose" | Rest], Acc) -> parse(Rest, [verbose | Acc]);
parse(["-o", File | Rest], Acc) -> parse(Rest, [{output, File} | Acc]);
parse([Other | Rest], Acc) -> parse(Rest, [{input, Other} | Acc]);
parse([], Acc) -> lists:reverse(Acc).
