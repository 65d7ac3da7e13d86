%% erlang:decode_packet/3 for the length-prefixed and framed types, on whole input and on
%% every truncation of it.
-module(port_decode_lengths).
-export([main/0]).
main() ->
    Cases = [{raw, <<"abc">>}, {0, <<"x">>}, {1, <<3, "abcde">>}, {2, <<0, 2, "hi", "rest">>},
             {4, <<0, 0, 0, 3, "xyz">>}, {sunrm, <<128, 0, 0, 2, 1, 2, 3>>},
             {asn1, <<16#30, 3, 1, 2, 3, 4>>}, {asn1, <<16#30, 16#82, 0, 2, 1, 2, 3>>},
             {asn1, <<16#1f, 16#81, 16#01, 2, 1, 2>>}, {asn1, <<16#30, 16#81, 1, 9>>},
             {cdr, <<"GIOP", 1, 2, 0, 0, 0, 0, 0, 2, 9, 9, 8>>},
             {cdr, <<"GIOP", 1, 2, 1, 0, 2, 0, 0, 0, 9, 9, 8>>},
             {fcgi, <<1, 1, 0, 1, 0, 2, 1, 0, 9, 9, 7, 5>>}, {tpkt, <<3, 0, 0, 6, 1, 2, 3>>}],
    [begin
         erlang:display({T, erlang:decode_packet(T, B, [])}),
         erlang:display([erlang:decode_packet(T, binary:part(B, 0, N), []) || N <- lists:seq(0, byte_size(B) - 1)])
     end || {T, B} <- Cases],
    ok.
