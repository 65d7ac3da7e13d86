%% stdin: first line\nsecond line\nno newline at the end
%% Standard input read through an {fd, 0, 1} port, as OTP's `user` opens it.
-module(port_stdin_fd).
-export([main/0]).
main() ->
    P = open_port({fd, 0, 1}, [eof, binary]),
    erlang:display(read(P, <<>>)),
    erlang:display(port_close(P)).
read(P, Acc) ->
    receive
        {P, {data, D}} -> read(P, <<Acc/binary, D/binary>>);
        {P, eof} -> Acc
    after 5000 -> {timeout, Acc}
    end.
