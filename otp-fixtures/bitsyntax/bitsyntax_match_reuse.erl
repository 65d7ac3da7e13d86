%% One binary matched many times: the same binary passed to several matching functions, a tail
%% kept and matched again later at a different alignment, sub-binaries stored in data structures
%% and matched after the parent is gone, and partial matches abandoned mid-way.
-module(bitsyntax_match_reuse).
-export([main/0, id/1]).

id(X) -> X.

header(<<Type:4, Flags:4, Len:16, Rest/binary>>) -> {Type, Flags, Len, Rest}.
flags(<<_:4, F1:1, F2:1, F3:1, F4:1, _/bits>>) -> [F1, F2, F3, F4].
words(<<W:16, R/binary>>) -> [W | words(R)];
words(<<B:8>>) -> [{odd, B}];
words(<<>>) -> [].

main() ->
    Pkt = ?MODULE:id(<<16#5A, 0, 7, "payload", 1, 2, 3>>),
    {T, Fl, Len, Rest} = header(Pkt),
    erlang:display({T, Fl, Len, Rest, flags(Pkt), words(Pkt)}),
    <<Payload:Len/binary, Trailer/binary>> = Rest,
    erlang:display({Payload, Trailer, words(Trailer), words(Payload)}),
    <<_:3, Shifted/bits>> = Pkt,
    erlang:display({Shifted, [X || <<X:8>> <= Shifted]}),
    <<_:1, Sh2/bits>> = Shifted,
    erlang:display(bit_size(Sh2)),
    Store = [begin <<_:N/binary, S/binary>> = Pkt, S end || N <- [0, 3, 5, 10, 13]],
    erlang:display([words(S) || S <- Store]),
    Try = fun(Bin) ->
                  case Bin of
                      <<1, 2, 3, 4, _/binary>> -> first;
                      <<1, 2, X, _/binary>> when X > 10 -> {second, X};
                      <<1, Y:16, _/binary>> -> {third, Y};
                      _ -> none
                  end
          end,
    erlang:display([Try(?MODULE:id(B)) || B <- [<<1, 2, 3, 4>>, <<1, 2, 30>>, <<1, 2, 3>>, <<1>>, <<2>>]]),
    ok.
