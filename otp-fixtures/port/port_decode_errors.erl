%% decode_packet/3's errors: an unknown packet type is a bad option (cause badopt), a bad
%% binary or option list is plain badarg.
-module(port_decode_errors).
-export([main/0]).
main() ->
    Cases = [{bogus, <<>>, []}, {raw, notbin, []}, {line, <<"a\n">>, [bogus]},
             {line, <<"a\n">>, bogus}, {line, <<"a\n">>, [{packet_size, -1}]},
             {1, <<1, 2>>, [{line_length, x}]}, {5, <<>>, []}, {bogus, notbin, bogus},
             {http, <<"GET / HTTP/1.1\r\n">>, [{packet_size, 1 bsl 70}]}, {-1, <<>>, []}],
    [erlang:display(outcome(C)) || C <- Cases],
    ok.

outcome({T, B, O}) ->
    try erlang:decode_packet(T, B, O)
    catch error:E:St ->
        [{_, _, _, I} | _] = St,
        {E, I}
    end.
