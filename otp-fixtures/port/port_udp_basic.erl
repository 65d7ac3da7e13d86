%% A UDP socket through the udp_inet driver: the host name as the kernel boot learns it (which
%% also gives the same process and port numbers as erl), open, port, sockname, a send to
%% itself (not read back), options, close.
-module(port_udp_basic).
-export([main/0]).
main() ->
    io:format("~p~n", [inet:gethostname()]),
    io:format("~p~n", [net_adm:localhost()]),
    io:format("~p~n", [inet_db:res_option(domain)]),
    io:format("~p~n", [inet_db:res_option(lookup)]),
    io:format("~p~n", [inet_db:res_option(search)]),
    {ok, S} = gen_udp:open(0, [binary, {active, false}]),
    {ok, Port} = inet:port(S),
    io:format("~p~n", [is_integer(Port) andalso Port > 0]),
    io:format("~p~n", [inet:sockname(S) =:= {ok, {{0,0,0,0}, Port}}]),
    io:format("~p~n", [gen_udp:send(S, {127,0,0,1}, Port, <<"hi">>)]),
    io:format("~p~n", [inet:getopts(S, [active, mode, broadcast, reuseaddr])]),
    io:format("~p~n", [gen_udp:close(S)]),
    io:format("~p~n", [self()]),
    io:format("~p~n", [erlang:ports()]).
