%% args: +S 4 -s NAME main
%% 40 ports at once, each echoing its own data through `cat`: nothing lost, reordered or
%% duplicated.
-module(port_many_cat_s4).
-export([main/0]).
main() ->
    Self = self(),
    Pids = [spawn_link(fun() -> Self ! {self(), echo(N)} end) || N <- lists:seq(1, 40)],
    Results = [receive {Pid, R} -> R end || Pid <- Pids],
    erlang:display(lists:all(fun(R) -> R end, Results)),
    erlang:display(length(Results)).
echo(N) ->
    P = open_port({spawn, "cat"}, [binary, {packet, 4}]),
    Msgs = [<<N:32, I:32, (binary:copy(<<I>>, I * 37))/binary>> || I <- lists:seq(1, 100)],
    [port_command(P, M) || M <- Msgs],
    Got = [receive {P, {data, D}} -> D end || _ <- Msgs],
    port_close(P),
    Got =:= Msgs.
