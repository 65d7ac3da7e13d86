%% A protocol parser: length-prefixed, typed records in one buffer.
-module(bits_proto).
-export([main/0, id/1]).

id(X) -> X.

encode({int, I}) -> <<1, 8:16, I:64/signed>>;
encode({str, S}) -> B = list_to_binary(S), <<2, (byte_size(B)):16, B/binary>>;
encode({pair, A, B}) -> P = <<(encode(A))/binary, (encode(B))/binary>>, <<3, (byte_size(P)):16, P/binary>>;
encode({float, F}) -> <<4, 8:16, F:64/float>>.

decode(<<>>, Acc) -> lists:reverse(Acc);
decode(<<1, 8:16, I:64/signed, R/binary>>, Acc) -> decode(R, [{int, I} | Acc]);
decode(<<2, L:16, S:L/binary, R/binary>>, Acc) -> decode(R, [{str, S} | Acc]);
decode(<<3, L:16, P:L/binary, R/binary>>, Acc) ->
    [A, B] = decode(P, []),
    decode(R, [{pair, A, B} | Acc]);
decode(<<4, 8:16, F:64/float, R/binary>>, Acc) -> decode(R, [{float, F} | Acc]);
decode(Bad, Acc) -> {error, Bad, lists:reverse(Acc)}.

main() ->
    Recs = [{int, -5}, {str, "hello"}, {pair, {int, 1 bsl 40}, {str, "x"}}, {float, 2.5}],
    Buf = iolist_to_binary([encode(R) || R <- id(Recs)]),
    erlang:display(Buf),
    erlang:display(decode(Buf, [])),
    erlang:display(decode(<<Buf/binary, 9, 9>>, [])),
    Many = << <<(encode({int, N}))/binary>> || N <- lists:seq(1, 10000) >>,
    Ds = decode(Many, []),
    erlang:display({length(Ds), lists:sum([N || {int, N} <- Ds])}),
    ok.
