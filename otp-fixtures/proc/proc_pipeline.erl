-module(proc_pipeline).
-export([main/0]).

%% A pipeline of stages, each transforming and forwarding; order preserved end to end.
stage(F, Next) ->
    receive
        eof -> Next ! eof;
        X -> Next ! F(X), stage(F, Next)
    end.

sink(Acc, Parent) ->
    receive
        eof -> Parent ! {result, lists:reverse(Acc)};
        X -> sink([X | Acc], Parent)
    end.

main() ->
    Self = self(),
    Sink = spawn(fun() -> sink([], Self) end),
    S3 = spawn(fun() -> stage(fun(X) -> X - 1 end, Sink) end),
    S2 = spawn(fun() -> stage(fun(X) -> X * 2 end, S3) end),
    S1 = spawn(fun() -> stage(fun(X) -> X + 10 end, S2) end),
    [S1 ! I || I <- lists:seq(1, 1000)],
    S1 ! eof,
    receive {result, R} -> erlang:display({length(R), lists:sum(R), lists:sublist(R, 5)}) end.
