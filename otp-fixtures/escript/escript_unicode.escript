#!/usr/bin/env escript
%% An escript printing unicode text (the encoding of escript's standard output) and binaries
main(_) ->
    io:format("~p~n", [lists:keyfind(encoding, 1, io:getopts())]),
    io:format("~ts~n", [<<"caf\x{e9} \x{3b1}\x{3b2}"/utf8>>]),
    io:format("~tp~n", [[16#3b1, 16#3b2]]),
    io:format("~p~n", [<<"\x{e9}"/utf8>>]),
    io:put_chars(unicode:characters_to_binary("done \x{2713}\n")).
