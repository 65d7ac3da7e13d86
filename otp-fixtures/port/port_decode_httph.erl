%% decode_packet/3 for HTTP header lines (httph, httph_bin): known and unknown names, case,
%% folded values, the end of headers, bad lines and truncated input.
-module(port_decode_httph).
-export([main/0]).
main() ->
    Lines = [<<"Host: example.com\r\nX">>, <<"Host: example.com\r\n">>, <<"content-length:  12\r\nX">>,
             <<"x-custom-HEADER: v\r\nX">>, <<"\r\n">>, <<"\r\nX">>, <<"\n">>, <<"Bad header\r\nX">>,
             <<"Folded: a\r\n b\r\nNext: c\r\n">>, <<"Set-Cookie2: z\r\nX">>, <<"SET-COOKIE: z\r\nX">>,
             <<"Empty:\r\nX">>, <<"Tab:\tvalue\t\r\nX">>, <<"NoColon\r\nX">>, <<"Host: x">>,
             <<"Www-Authenticate: basic\r\nX">>, <<"A-B-C-D: 1\r\nX">>,
             <<(binary:copy(<<"a">>, 60))/binary, ": long\r\nX">>,
             <<"Proxy-Connection: keep-alive\r\nX">>, <<"Content-MD5: q\r\nX">>],
    [erlang:display({T, L, erlang:decode_packet(T, L, [])}) || T <- [httph, httph_bin], L <- Lines],
    erlang:display(erlang:decode_packet(httph, <<"Host: aaaaaaaaaa">>, [{line_length, 5}])),
    Whole = <<"Accept: text/html\r\nX">>,
    erlang:display([erlang:decode_packet(httph_bin, binary:part(Whole, 0, N), []) || N <- lists:seq(0, byte_size(Whole))]).
