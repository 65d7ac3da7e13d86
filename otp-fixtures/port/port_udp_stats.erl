%% inet:getstat/1,2 on UDP sockets: byte and packet counts, maxima, running averages and the
%% average deviation, as the inet driver keeps them.
-module(port_udp_stats).
-export([main/0]).
main() ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}]),
    {ok, PA} = inet:port(A),
    {ok, B} = gen_udp:open(0, [binary, {active, false}]),
    io:format("~p~n", [inet:getstat(B)]),
    [ok = gen_udp:send(B, {127,0,0,1}, PA, binary:copy(<<"x">>, N)) || N <- [10, 300, 7, 1200, 55]],
    [{ok, _} = gen_udp:recv(A, 0, 2000) || _ <- lists:seq(1, 5)],
    io:format("~p~n~p~n", [inet:getstat(A), inet:getstat(B)]),
    io:format("~p~n", [inet:getstat(A, [recv_avg, send_cnt, recv_oct])]),
    io:format("~p~n", [catch inet:getstat(A, [bogus])]).
