%% The external format does not preserve sharing: a term that refers to the same subterm many
%% times encodes every copy, so sizes grow with the flattened term; round trips restore equal
%% (not shared) terms, and erlang:external_size agrees with the encoded size.
-module(etf_sharing).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Leaf = ?MODULE:id({leaf, <<"payload">>, [1, 2, 3]}),
    Shared = lists:foldl(fun(_, Acc) -> {Acc, Acc} end, Leaf, lists:seq(1, 12)),
    B = term_to_binary(Shared),
    erlang:display({byte_size(B), erlang:external_size(Shared), erlang:crc32(B), binary_to_term(B) =:= Shared}),
    L = lists:duplicate(1000, Leaf),
    LB = term_to_binary(L),
    erlang:display({byte_size(LB), erlang:crc32(LB), byte_size(term_to_binary(L, [compressed]))}),
    Big = binary:copy(<<"x">>, 10000),
    Many = {Big, Big, [Big, Big]},
    erlang:display({byte_size(term_to_binary(Many)), erlang:external_size(Many)}),
    Sub = binary:part(Big, 100, 50),
    erlang:display({byte_size(term_to_binary([Sub, Sub])), term_to_binary(Sub) =:= term_to_binary(binary:copy(Sub))}),
    ok.
