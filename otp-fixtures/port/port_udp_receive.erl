%% Datagrams between two UDP sockets on the loopback: active true, passive recv with and
%% without a time limit, active once, active N ending in udp_passive, recv on an active socket.
-module(port_udp_receive).
-export([main/0]).
main() ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}]),
    {ok, PA} = inet:port(A),
    {ok, B} = gen_udp:open(0, [{active, true}]),
    {ok, PB} = inet:port(B),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"to b">>),
    receive {udp, B, IP, P, D} -> io:format("~p~n", [{IP, P =:= PA, D}]) after 2000 -> io:format("no active~n") end,
    ok = gen_udp:send(B, {127,0,0,1}, PA, "to a"),
    {ok, {IP2, P2, D2}} = gen_udp:recv(A, 0, 2000),
    io:format("~p~n", [{IP2, P2 =:= PB, D2}]),
    io:format("~p~n", [gen_udp:recv(A, 0, 100)]),
    ok = inet:setopts(A, [{active, once}]),
    ok = gen_udp:send(B, {127,0,0,1}, PA, "once"),
    receive {udp, A, _, _, D3} -> io:format("~p~n", [D3]) after 2000 -> io:format("no once~n") end,
    io:format("~p~n", [inet:getopts(A, [active])]),
    ok = inet:setopts(A, [{active, 2}]),
    [ok = gen_udp:send(B, {127,0,0,1}, PA, integer_to_list(I)) || I <- [1,2,3]],
    F = fun G(Acc) -> receive {udp, A, _, _, X} -> G([X | Acc]); {udp_passive, A} -> lists:reverse([passive | Acc]) after 500 -> lists:reverse(Acc) end end,
    io:format("~p~n", [F([])]),
    {ok, {_, PB, D4}} = gen_udp:recv(A, 0, 1000), io:format("~p~n", [D4]),
    io:format("~p~n", [inet:getopts(A, [active, mode])]),
    io:format("~p~n", [catch gen_udp:recv(B, 0, 100)]),
    ok = gen_udp:close(A), ok = gen_udp:close(B),
    io:format("~p~n", [erlang:ports()]).
