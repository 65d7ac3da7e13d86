%% IPv4/UDP/TCP packet handling with the bit syntax: build headers with the one's-complement
%% checksum, parse them back (version, IHL, flags, fragment offset, options), validate checksums,
%% and summarise a generated capture of packets.
-module(realworld_ip_packets).
-export([main/0]).

checksum(Bin) -> checksum(Bin, 0).
checksum(<<W:16, R/binary>>, Acc) -> checksum(R, Acc + W);
checksum(<<B:8>>, Acc) -> checksum(<<>>, Acc + (B bsl 8));
checksum(<<>>, Acc) ->
    Folded = (Acc band 16#FFFF) + (Acc bsr 16),
    Folded2 = (Folded band 16#FFFF) + (Folded bsr 16),
    (bnot Folded2) band 16#FFFF.

ip(Src, Dst, Proto, Id, Payload, Opts) ->
    OptLen = byte_size(Opts),
    IHL = 5 + OptLen div 4,
    Total = IHL * 4 + byte_size(Payload),
    H0 = <<4:4, IHL:4, 0:6, 0:2, Total:16, Id:16, 0:1, 1:1, 0:1, 0:13, 64:8, Proto:8, 0:16,
           Src:32/bits, Dst:32/bits, Opts/binary>>,
    Sum = checksum(H0),
    <<Pre:10/binary, 0:16, Post/binary>> = H0,
    <<Pre/binary, Sum:16, Post/binary, Payload/binary>>.

udp(SPort, DPort, Data) -> <<SPort:16, DPort:16, (8 + byte_size(Data)):16, 0:16, Data/binary>>.

tcp(SPort, DPort, Seq, Ack, Flags, Data) ->
    <<SPort:16, DPort:16, Seq:32, Ack:32, 5:4, 0:3, Flags:9, 65535:16, 0:16, 0:16, Data/binary>>.

parse(<<4:4, IHL:4, _Tos:8, Total:16, Id:16, _:1, DF:1, MF:1, Frag:13, TTL:8, Proto:8, Sum:16,
        Src:4/binary, Dst:4/binary, Rest/binary>> = Pkt) when IHL >= 5 ->
    OptLen = (IHL - 5) * 4,
    <<Opts:OptLen/binary, Payload/binary>> = Rest,
    HLen = IHL * 4,
    <<Header:HLen/binary, _/binary>> = Pkt,
    Valid = checksum(Header) =:= 0,
    #{id => Id, df => DF, mf => MF, frag => Frag, ttl => TTL, proto => proto(Proto, Payload), sum => Sum,
      src => ip_str(Src), dst => ip_str(Dst), opts => Opts, total => Total, valid => Valid};
parse(_) -> bad_packet.

proto(17, <<SP:16, DP:16, Len:16, _:16, Data/binary>>) -> {udp, SP, DP, Len, Data};
proto(6, <<SP:16, DP:16, Seq:32, Ack:32, Off:4, _:3, Flags:9, _Win:16, _:32, Rest/binary>>) ->
    DLen = Off * 4 - 20,
    <<_:DLen/binary, Data/binary>> = Rest,
    {tcp, SP, DP, Seq, Ack, [F || {Bit, F} <- [{1, fin}, {2, syn}, {4, rst}, {8, psh}, {16, ack}], Flags band Bit =/= 0], Data};
proto(P, _) -> {other, P}.

ip_str(<<A, B, C, D>>) -> iolist_to_binary(lists:join(".", [integer_to_list(X) || X <- [A, B, C, D]])).

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Pkts = [begin
                Src = <<10, 0, (rand:uniform(255)), (rand:uniform(255))>>,
                Dst = <<192, 168, 1, (rand:uniform(254))>>,
                Data = list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40))]),
                Opts = case I rem 5 of 0 -> <<1, 1, 1, 0>>; _ -> <<>> end,
                case I rem 3 of
                    0 -> ip(Src, Dst, 17, I, udp(1024 + I, 53, Data), Opts);
                    1 -> ip(Src, Dst, 6, I, tcp(40000 + I, 80, I * 1000, I * 7, 16#12 + (I rem 2), Data), Opts);
                    2 -> ip(Src, Dst, 1, I, Data, Opts)
                end
            end || I <- lists:seq(1, 300)],
    Capture = iolist_to_binary(Pkts),
    erlang:display({length(Pkts), byte_size(Capture), erlang:crc32(Capture)}),
    Parsed = [parse(P) || P <- Pkts],
    erlang:display(lists:sublist(Parsed, 3)),
    erlang:display(lists:all(fun(#{valid := V}) -> V end, Parsed)),
    Corrupt = [begin <<H:12/binary, B, T/binary>> = P, parse(<<H/binary, (B bxor 1), T/binary>>) end || P <- lists:sublist(Pkts, 10)],
    erlang:display([V || #{valid := V} <- Corrupt]),
    ByProto = lists:foldl(fun(#{proto := Pr, total := T}, M) -> maps:update_with(element(1, Pr), fun({N, S}) -> {N + 1, S + T} end, {1, T}, M) end,
                          #{}, Parsed),
    erlang:display(ByProto),
    erlang:display(parse(<<6:4, 0:4, 0:300>>)),
    ok.
