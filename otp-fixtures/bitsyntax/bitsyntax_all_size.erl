%% Segments without an explicit size: a binary or bits segment at the end takes all the rest,
%% integer defaults to 8 bits, float to 64, and the `all`-style tail in construction and in
%% matching of whole binaries, including empty ones and ones with leftover bits.
-module(bitsyntax_all_size).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = ?MODULE:id(<<"abcdef">>),
    <<A, Rest/binary>> = B,
    erlang:display({A, Rest}),
    <<F/float, R2/bits>> = ?MODULE:id(<<1.5/float, 7>>),
    erlang:display({F, R2}),
    erlang:display(<<(?MODULE:id(1.25))/float>>),
    erlang:display(<<(?MODULE:id(300))>>),
    erlang:display(<<(?MODULE:id(-1))>>),
    <<Whole/binary>> = B,
    erlang:display(Whole),
    erlang:display(t(fun() -> <<W/binary>> = ?MODULE:id(<<1:4>>), W end)),
    <<WB/bits>> = ?MODULE:id(<<1:4>>),
    erlang:display(WB),
    <<E/binary>> = ?MODULE:id(<<>>),
    erlang:display(E),
    erlang:display(t(fun() -> <<_:8, T/binary>> = ?MODULE:id(<<1, 2:3>>), T end)),
    erlang:display([byte_size(X) || <<X/binary>> <- ?MODULE:id([<<>>, <<1>>, <<1, 2>>, not_bin])]),
    erlang:display(<<(?MODULE:id(<<"x">>))/binary, (?MODULE:id(<<"y">>))/bits, (?MODULE:id(<<1:1>>))/bits>>),
    ok.
