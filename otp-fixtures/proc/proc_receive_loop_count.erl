-module(proc_receive_loop_count).
-export([main/0]).

%% A receive loop with an accumulator and a stop message.
loop(Acc) ->
    receive
        {add, N} -> loop(Acc + N);
        {sub, N} -> loop(Acc - N);
        {get, From} -> From ! {value, Acc}, loop(Acc);
        stop -> Acc
    end.

main() ->
    Self = self(),
    P = spawn(fun() -> Self ! {final, loop(0)} end),
    [P ! {add, I} || I <- lists:seq(1, 1000)],
    [P ! {sub, I} || I <- lists:seq(1, 500)],
    P ! {get, self()},
    receive {value, V} -> erlang:display(V) end,
    P ! stop,
    receive {final, F} -> erlang:display(F) end.
