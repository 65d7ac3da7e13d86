%% input:
%% stdin: 12 34\nhello world\n3.25 -7\nabc 99x\nname: erl\n  5\n1,2\n10 20 30\n
%% io:fread/2 with ~d ~s ~a ~f ~u ~c ~- and literal text, failures, and eof
-module(input_fread).
-export([main/0]).
main() ->
    Fs = ["~d ~d", "~s ~s", "~f ~d", "~a ~d", "name: ~s", "~d", "~d,~d", "~2d~3c~d", "~d", "~s"],
    [io:format("~w~n", [io:fread("", F)]) || F <- Fs],
    ok.
