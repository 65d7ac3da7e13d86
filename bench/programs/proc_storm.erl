%% All-to-all message storm: 300 processes each send 10 messages to every other one.
-module(proc_storm).
-export([main/0]).

-define(P, 300).
-define(M, 10).

member(Parent) ->
    receive {peers, Peers} -> ok end,
    [[Q ! {msg, self()} || _ <- lists:seq(1, ?M)] || Q <- Peers],
    recv(?P * ?M),
    Parent ! done.

recv(0) -> ok;
recv(N) -> receive {msg, _} -> recv(N - 1) end.

main() ->
    Self = self(),
    Ps = [spawn(fun() -> member(Self) end) || _ <- lists:seq(1, ?P)],
    [P ! {peers, Ps} || P <- Ps],
    [receive done -> ok end || _ <- Ps],
    erlang:display(done).
