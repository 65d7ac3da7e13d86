-module(proc_msg_order).
-export([main/0]).

%% Messages from one sender arrive in the order sent, also interleaved with other senders.
main() ->
    Self = self(),
    Senders = [spawn(fun() -> [Self ! {S, I} || I <- lists:seq(1, 500)] end) || S <- lists:seq(1, 8)],
    Got = [receive {S, I} -> I end || S <- lists:seq(1, 8), _ <- lists:seq(1, 500)],
    erlang:display(Got =:= lists:append(lists:duplicate(8, lists:seq(1, 500)))),
    erlang:display(length(Senders)),
    [Self ! {n, I} || I <- lists:seq(1, 100)],
    erlang:display([receive {n, I} -> I end || _ <- lists:seq(1, 100)] =:= lists:seq(1, 100)),
    ok.
