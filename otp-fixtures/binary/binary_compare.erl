%% Term order of binaries and bitstrings: byte-wise, shorter prefix first, trailing bits, the
%% comparison against other types, and sorting a mixed list; == and =:= agree for binaries.
-module(binary_compare).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Bs = ?MODULE:id([<<>>, <<0>>, <<0, 0>>, <<1>>, <<255>>, <<1:1>>, <<0:1>>, <<1, 0:1>>, <<1, 1:1>>, <<1, 2>>,
                     <<1, 1:7>>, <<128:8>>, <<"abc">>, <<"abd">>, <<"ab">>, <<0:7>>, <<1:7>>]),
    [erlang:display({A, B, A < B, A == B, A =:= B, A >= B}) || A <- Bs, B <- lists:sublist(Bs, 1, 6)],
    erlang:display(lists:sort(Bs)),
    erlang:display(lists:sort([<<"b">>, "a", a, 1, {}, [], #{}, <<>>, fun erlang:abs/1, 1.0])),
    erlang:display(lists:usort([<<"x">>, <<"x">>, binary:part(<<"yxz">>, 1, 1), <<"x", 0:0>>])),
    Big1 = binary:copy(<<"a">>, 100000),
    Big2 = <<(binary:copy(<<"a">>, 99999))/binary, "b">>,
    erlang:display({Big1 < Big2, Big1 == Big1, Big2 > Big1, binary:part(Big1, 0, 99999) < Big1}),
    erlang:display(max(<<1:1>>, <<0:2>>)),
    erlang:display(min(<<1:1>>, <<1:2>>)),
    ok.
