-module(io_format_errors).
-export([main/0]).

try_format(F, A) ->
    try io:format(F, A) of
        ok -> io:format(" -> ok~n")
    catch C:R -> io:format("~p:~p~n", [C, R])
    end.

main() ->
    try_format("~p~n", []),
    try_format("~p ~p~n", [one]),
    try_format("~d~n", [1]),
    try_format("~s~n", [1]),
    try_format("~c~n", [foo]),
    try_format("~f~n", [1]),
    try_format("~b~n", [1.0]),
    try_format(123, []),
    try_format("~p~n", not_a_list),
    try_format("~z~n", [1]),
    ok.
