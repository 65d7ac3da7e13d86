%% decode_packet/3 for HTTP request and status lines, as strings and as binaries.
-module(port_decode_http).
-export([main/0]).
main() ->
    Lines = [<<"GET /index.html HTTP/1.1\r\nHost: x\r\n">>, <<"get * HTTP/1.0\r\n">>,
             <<"FOO http://h.com:8080/p?q HTTP/1.1\r\n">>, <<"PUT https://h.com HTTP/1.1\n">>,
             <<"POST HTTP://H.com:x/ HTTP/1.1\r\n">>, <<"HEAD http://h.com:0/a HTTP/1.1\r\n">>,
             <<"OPTIONS ftp:stuff HTTP/1.1\r\n">>, <<"GET foo\r\n">>, <<"DELETE  /two  spaces  HTTP/2.0\r\n">>,
             <<"HTTP/1.1 200 OK\r\n">>, <<"HTTP/1.0 404\r\n">>, <<"HTTP/1.1 301 Moved Permanently\r\n">>,
             <<"HTTP/x 200 OK\r\n">>, <<"HTTP/1.1200 OK\r\n">>, <<"\r\n">>, <<"\n">>, <<"garbage\r\n">>,
             <<"GET / HTTP/1.1">>, <<"GET / FTP/1.1\r\n">>, <<"GET / HTTP/1\r\n">>, <<"TRACE / HTTP/1.1\r\n">>,
             <<"GET http://[::1]:80/x HTTP/1.1\r\n">>, <<"GET\r\n">>, <<" GET / HTTP/1.1\r\n">>],
    [erlang:display({T, L, erlang:decode_packet(T, L, [])}) || T <- [http, http_bin], L <- Lines],
    erlang:display(erlang:decode_packet(http, <<"GET / HTTP/1.1\r\n">>, [{packet_size, 5}])),
    erlang:display(erlang:decode_packet(http, <<"GET / HTTP/1.1">>, [{line_length, 5}])),
    erlang:display(erlang:decode_packet(http_bin, <<"GET / HTTP/1.1\r\n">>, [{packet_size, 100}])).
