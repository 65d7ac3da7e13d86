%% args: +S 4 -s NAME main
-module(proc_stress_storm_s4).
-export([main/0]).

%% All-to-all: every process sends numbered messages to every other; each receiver checks
%% that it got everything, each sender's messages in the order they were sent.
-define(P, 60).
-define(M, 100).

member(Parent) ->
    receive {peers, Peers} -> ok end,
    Me = self(),
    [[Q ! {msg, Me, Seq} || Seq <- lists:seq(1, ?M)] || Q <- Peers, Q =/= Me],
    Parent ! {result, Me, recv((length(Peers) - 1) * ?M, true)}.

recv(0, Ok) -> Ok;
recv(N, Ok) ->
    receive
        {msg, From, Seq} ->
            Prev = case get(From) of undefined -> 0; V -> V end,
            put(From, Seq),
            recv(N - 1, Ok andalso Seq =:= Prev + 1)
    after 20000 -> {missing, N}
    end.

main() ->
    Self = self(),
    Ps = [spawn(fun() -> member(Self) end) || _ <- lists:seq(1, ?P)],
    [P ! {peers, Ps} || P <- Ps],
    Results = [receive {result, P, R} -> R end || P <- Ps],
    erlang:display(lists:usort(Results)),
    erlang:display(length(Results)).
