%% Sizes computed at run time: from arithmetic in constructions, zero sizes for every type, sizes
%% passed in as arguments, sizes bound in an outer pattern and used in a nested fun or case.
-module(bitsyntax_var_sizes).
-export([main/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

field(Bin, Off, Len) ->
    <<_:Off, V:Len, _/bits>> = Bin,
    V.

main() ->
    B = ?MODULE:id(<<16#DE, 16#AD, 16#BE, 16#EF, 16#01, 16#23>>),
    erlang:display([field(B, O, L) || O <- [0, 3, 8, 13], L <- [0, 1, 5, 8, 16, 17]]),
    Z = ?MODULE:id(0),
    erlang:display({<<1:Z>>, <<(?MODULE:id(<<"abc">>)):Z/binary>>, <<(?MODULE:id(<<"abc">>)):Z/bits>>}),
    erlang:display(t(fun() -> <<(?MODULE:id(1.0)):Z/float>> end)),
    N = ?MODULE:id(5),
    erlang:display(<<(N * 3):(N + 3), 1:(N - 4), 7:(N div 2)>>),
    Lens = ?MODULE:id([3, 5, 8, 1, 7]),
    Packed = lists:foldl(fun(L, Acc) -> <<Acc/bits, ((1 bsl L) - 1):L>> end, <<>>, Lens),
    erlang:display({Packed, bit_size(Packed)}),
    Unpack = fun U([], Rest) -> {[], Rest}; U([L | Ls], Bits) -> <<V:L, R/bits>> = Bits, {Vs, T} = U(Ls, R), {[V | Vs], T} end,
    erlang:display(Unpack(Lens, Packed)),
    M = ?MODULE:id(2),
    F = fun(<<X:M/binary, _/binary>>) -> X; (_) -> short end,
    erlang:display([F(?MODULE:id(X)) || X <- [<<"abc">>, <<"a">>, <<"ab">>]]),
    erlang:display(case ?MODULE:id({3, <<"xyzw">>}) of {K, Bin} -> case Bin of <<P:K/binary, _/binary>> -> P end end),
    ok.
