%% Binaries nested in other terms and binaries holding encoded binaries: lists of sub-binaries
%% of one parent, binaries in tuples and maps matched in function heads, and recursive
%% length-prefixed containers decoded and re-encoded.
-module(bitsyntax_nested_binaries).
-export([main/0, id/1]).

id(X) -> X.

enc({list, Items}) ->
    Body = << <<(enc(I))/binary>> || I <- Items >>,
    <<1, (length(Items)):16, (byte_size(Body)):32, Body/binary>>;
enc(B) when is_binary(B) -> <<2, (byte_size(B)):32, B/binary>>;
enc(N) when is_integer(N) -> <<3, N:64/signed>>.

dec(<<1, Count:16, Len:32, Body:Len/binary, Rest/binary>>) -> {{list, dec_n(Count, Body)}, Rest};
dec(<<2, Len:32, B:Len/binary, Rest/binary>>) -> {B, Rest};
dec(<<3, N:64/signed, Rest/binary>>) -> {N, Rest}.

dec_n(0, <<>>) -> [];
dec_n(N, Bin) -> {T, Rest} = dec(Bin), [T | dec_n(N - 1, Rest)].

main() ->
    Term = ?MODULE:id({list, [1, <<"two">>, {list, []}, {list, [-3, <<>>, {list, [<<"deep">>, 1 bsl 62]}]}, 5]}),
    E = enc(Term),
    erlang:display({byte_size(E), E}),
    {D, Rest} = dec(E),
    erlang:display({D =:= Term, D, Rest}),
    Parent = ?MODULE:id(<<"alpha beta gamma delta">>),
    Words = binary:split(Parent, <<" ">>, [global]),
    M = #{words => Words, first => hd(Words), pair => {lists:nth(2, Words), lists:last(Words)}},
    #{first := <<F, _/binary>>, pair := {<<_, B2/binary>>, <<"del", T/binary>>}} = M,
    erlang:display({F, B2, T}),
    Deep = lists:foldl(fun(I, Acc) -> enc({list, [I, Acc]}) end, <<>>, lists:seq(1, 200)),
    erlang:display({byte_size(Deep), erlang:crc32(Deep)}),
    ok.
