-module(proc_mutual_info).
-export([main/0]).

%% Two processes asking process_info about each other at the same time do not deadlock.
worker(Parent, Other, N) ->
    [process_info(Other, message_queue_len) || _ <- lists:seq(1, N)],
    Parent ! {done, self()}.

main() ->
    Self = self(),
    A = spawn(fun() -> receive {other, O} -> worker(Self, O, 2000) end end),
    B = spawn(fun() -> receive {other, O} -> worker(Self, O, 2000) end end),
    A ! {other, B},
    B ! {other, A},
    erlang:display([receive {done, P} -> ok end || P <- [A, B]]),
    ok.
