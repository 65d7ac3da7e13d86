%% More of gen_udp and inet on UDP sockets: bind address and reuseaddr, peername before and
%% after connect, controlling_process, buffer and ttl options, bad options, a port in use,
%% inet6, a send on a closed socket, sends on a connected socket.
-module(port_udp_api).
-export([main/0]).
main() ->
    [io:format("~p~n", [catch F()]) || F <- [
        fun() -> {ok, S} = gen_udp:open(0, [{ip, {127,0,0,1}}, {reuseaddr, true}]), R = inet:sockname(S), gen_udp:close(S), element(1, element(2, R)) end,
        fun() -> {ok, S} = gen_udp:open(0), R = inet:peername(S), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0), Self = self(), P = spawn(fun() -> receive {udp, _, _, _, D} -> Self ! {got, D} end end), R = gen_udp:controlling_process(S, P), {ok, Port} = inet:port(S), {ok, T} = gen_udp:open(0), gen_udp:send(T, {127,0,0,1}, Port, "hi"), G = receive {got, D} -> D after 1000 -> none end, gen_udp:close(S), gen_udp:close(T), {R, G} end,
        fun() -> {ok, S} = gen_udp:open(0), R = gen_udp:connect(S, {127,0,0,1}, 9), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0, [{recbuf, 4096}, {sndbuf, 4096}, {broadcast, true}]), R = inet:getopts(S, [broadcast]), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0, [{header, 2}, list]), R = inet:getopts(S, [header, mode]), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0), R = inet:setopts(S, [{ttl, 5}]), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0), R = inet:setopts(S, [{bogus, 5}]), gen_udp:close(S), R end,
        fun() -> gen_udp:open(-1) end,
        fun() -> {ok, S} = gen_udp:open(0), {ok, P} = inet:port(S), R = gen_udp:open(P), gen_udp:close(S), R end,
        fun() -> {ok, S} = gen_udp:open(0, [inet6]), R = inet:sockname(S), gen_udp:close(S), element(1, element(2, R)) end,
        fun() -> {ok, S} = gen_udp:open(0), gen_udp:close(S), gen_udp:send(S, {127,0,0,1}, 9, "x") end,
        fun() -> {ok, A} = gen_udp:open(0, [{active, false}]), {ok, B} = gen_udp:open(0, [{active, false}]), {ok, PB} = inet:port(B), ok = gen_udp:connect(A, {127,0,0,1}, PB), ok = gen_udp:send(A, "connected"), {ok, {_, _, D}} = gen_udp:recv(B, 0, 1000), {ok, {_, PeerPort}} = inet:peername(A), gen_udp:close(A), gen_udp:close(B), {D, PeerPort =:= PB} end
    ]], ok.
