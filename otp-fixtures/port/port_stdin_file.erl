%% stdin: file:port_stdin_file.txt
%% Standard input from a file beside the fixture, in {packet,...}-free stream mode.
-module(port_stdin_file).
-export([main/0]).
main() ->
    P = open_port({fd, 0, 1}, [eof, binary]),
    B = read(P, <<>>),
    erlang:display({byte_size(B), binary:split(B, <<"\n">>, [global, trim])  =/= []}),
    erlang:display(binary:part(B, 0, 17)).
read(P, Acc) ->
    receive
        {P, {data, D}} -> read(P, <<Acc/binary, D/binary>>);
        {P, eof} -> Acc
    after 5000 -> {timeout, Acc}
    end.
