%% decode_packet/3 with packet_size, line_length and line_delimiter, and bad input.
-module(port_decode_limits).
-export([main/0]).
t(T, B, O) -> try erlang:decode_packet(T, B, O) catch error:E -> {error, E} end.
main() ->
    Cases = [{1, <<5, 1>>, [{packet_size, 2}]}, {1, <<5, 1>>, [{packet_size, 5}]},
             {4, <<0, 0, 0, 1, 7, 8>>, [{packet_size, 0}]}, {2, <<255, 255>>, [{packet_size, 100}]},
             {line, <<"abc">>, [{line_length, 2}]}, {line, <<"abc">>, [{packet_size, 2}]},
             {line, <<"abc\ndef">>, []}, {line, <<"abc">>, []}, {line, <<"ab\n">>, [{line_length, 2}]},
             {line, <<"a:b">>, [{line_delimiter, $:}]}, {line, <<"\n">>, []}, {line, <<>>, []},
             {tpkt, <<3, 0, 0, 2, 1>>, []}, {tpkt, <<2, 0, 0, 6>>, []}, {cdr, <<"GIOX", 0:64>>, []},
             {fcgi, <<2, 1, 0, 1, 0, 0, 0, 0>>, []}, {asn1, <<16#30, 16#85, 0, 0, 0, 0, 1>>, []},
             {foo, <<>>, []}, {3, <<>>, []}, {1, <<>>, [bad]}, {1, <<>>, [{packet_size, -1}]},
             {1, not_binary, []}, {1, <<>>, not_a_list}, {line, <<>>, [{line_delimiter, 256}]},
             {1, <<1:1>>, []}, {raw, <<>>, []}],
    [erlang:display({T, B, O, t(T, B, O)}) || {T, B, O} <- Cases],
    ok.
