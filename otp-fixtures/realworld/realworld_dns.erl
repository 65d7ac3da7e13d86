%% DNS messages with the bit syntax: header flags as bitfields, questions and resource records
%% (A, AAAA, MX, TXT, CNAME), domain names with label compression pointers (including pointers
%% to pointers), building a response, parsing it back, and rejecting pointer loops.
-module(realworld_dns).
-export([main/0]).

name(Labels) -> <<(<< <<(byte_size(L)), L/binary>> || L <- Labels >>)/binary, 0>>.

header(Id, QR, Op, AA, RD, RA, RCode, QD, AN) ->
    <<Id:16, QR:1, Op:4, AA:1, 0:1, RD:1, RA:1, 0:3, RCode:4, QD:16, AN:16, 0:16, 0:16>>.

rr(NameBin, Type, TTL, Data) -> <<NameBin/binary, Type:16, 1:16, TTL:32, (byte_size(Data)):16, Data/binary>>.

read_name(Msg, Off) -> read_name(Msg, Off, [], 0).

read_name(_, _, _, Hops) when Hops > 10 -> error(pointer_loop);
read_name(Msg, Off, Acc, Hops) ->
    case Msg of
        <<_:Off/binary, 0, _/binary>> -> {lists:reverse(Acc), Off + 1};
        <<_:Off/binary, 2#11:2, Ptr:14, _/binary>> -> {Name, _} = read_name(Msg, Ptr, Acc, Hops + 1), {Name, Off + 2};
        <<_:Off/binary, 0:2, Len:6, Label:Len/binary, _/binary>> -> read_name(Msg, Off + 1 + Len, [Label | Acc], Hops);
        _ -> error({bad_name, Off})
    end.

parse(Msg) ->
    <<Id:16, QR:1, Op:4, AA:1, _TC:1, RD:1, RA:1, _:3, RCode:4, QD:16, AN:16, _:32, _/binary>> = Msg,
    {Qs, Off1} = questions(Msg, 12, QD, []),
    {As, _} = answers(Msg, Off1, AN, []),
    #{id => Id, qr => QR, op => Op, aa => AA, rd => RD, ra => RA, rcode => RCode, questions => Qs, answers => As}.

questions(_, Off, 0, Acc) -> {lists:reverse(Acc), Off};
questions(Msg, Off, N, Acc) ->
    {Name, O2} = read_name(Msg, Off),
    <<_:O2/binary, Type:16, Class:16, _/binary>> = Msg,
    questions(Msg, O2 + 4, N - 1, [{join(Name), Type, Class} | Acc]).

answers(_, Off, 0, Acc) -> {lists:reverse(Acc), Off};
answers(Msg, Off, N, Acc) ->
    {Name, O2} = read_name(Msg, Off),
    <<_:O2/binary, Type:16, _Class:16, TTL:32, Len:16, Data:Len/binary, _/binary>> = Msg,
    answers(Msg, O2 + 10 + Len, N - 1, [{join(Name), TTL, rdata(Type, Data, Msg, O2 + 10)} | Acc]).

rdata(1, <<A, B, C, D>>, _, _) -> {a, {A, B, C, D}};
rdata(28, <<W:8/binary-unit:16>>, _, _) -> {aaaa, [X || <<X:16>> <= W]};
rdata(15, <<Pref:16, _/binary>>, Msg, Off) -> {Name, _} = read_name(Msg, Off + 2), {mx, Pref, join(Name)};
rdata(16, Data, _, _) -> {txt, [S || <<L, S:L/binary>> <= Data]};
rdata(5, _, Msg, Off) -> {Name, _} = read_name(Msg, Off), {cname, join(Name)}.

join(Labels) -> iolist_to_binary(lists:join(".", Labels)).

main() ->
    Q = name([<<"www">>, <<"example">>, <<"com">>]),
    Hdr = header(16#BEEF, 1, 0, 1, 1, 1, 0, 1, 6),
    Question = <<Q/binary, 1:16, 1:16>>,
    Ptr = fun(O) -> <<2#11:2, O:14>> end,
    Answers = [rr(Ptr(12), 5, 300, <<3, "web", (Ptr(16))/binary>>),
               rr(Ptr(16), 1, 60, <<93, 184, 216, 34>>),
               rr(Ptr(16), 28, 60, <<16#2606:16, 16#2800:16, 16#220:16, 1:16, 16#248:16, 16#1893:16, 16#25C8:16, 16#1946:16>>),
               rr(Ptr(24), 15, 3600, <<10:16, 4, "mail", (Ptr(16))/binary>>),
               rr(Ptr(16), 16, 10, <<11, "v=spf1 -all", 5, "hello">>),
               rr(<<1, "x", (Ptr(12))/binary>>, 1, 1, <<127, 0, 0, 1>>)],
    Msg = iolist_to_binary([Hdr, Question | Answers]),
    erlang:display({byte_size(Msg), Msg}),
    erlang:display(parse(Msg)),
    Loop = <<(header(1, 0, 0, 0, 1, 0, 0, 1, 0))/binary, 2#11:2, 12:14, 0, 1, 0, 1>>,
    erlang:display(try parse(Loop) catch error:E -> {error, E} end),
    Trunc = binary:part(Msg, 0, 40),
    erlang:display(try parse(Trunc) catch error:{badmatch, _} -> badmatch; error:function_clause -> function_clause end),
    ok.
