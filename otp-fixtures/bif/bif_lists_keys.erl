%% lists:keyfind/3, lists:keymember/3, lists:keysearch/3 (BIFs) and keydelete/keyreplace/keystore
%% (Erlang code): positions, integer/float keys (== versus =:=), short tuples, non-tuple elements.
-module(bif_lists_keys).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = [{a, 1}, {b, 2, extra}, not_a_tuple, {1, one}, {1.0, float_one}, {}, {c}, {2.0, x}, {a, second}],
    Keys = [a, b, c, 1, 1.0, 2, 2.0, one, x, missing],
    [erlang:display({K, N, t(fun() -> lists:keyfind(K, N, L) end), t(fun() -> lists:keymember(K, N, L) end),
                     t(fun() -> lists:keysearch(K, N, L) end)}) || K <- Keys, N <- [1, 2, 3]],
    erlang:display([t(fun() -> lists:keyfind(a, N, L) end) || N <- [0, -1, a, 1 bsl 64]]),
    erlang:display(t(fun() -> lists:keyfind(a, 1, [{a, 1} | tail]) end)),
    erlang:display(t(fun() -> lists:keyfind(b, 1, [{a, 1} | tail]) end)),
    erlang:display(t(fun() -> lists:keyfind(a, 1, notalist) end)),
    erlang:display(lists:keydelete(a, 1, L)),
    erlang:display(lists:keyreplace(1, 1, L, {replaced})),
    erlang:display(lists:keystore(z, 1, [{a, 1}], {z, 26})),
    erlang:display(lists:keytake(b, 1, L)),
    Big = [{I, I * I} || I <- lists:seq(1, 100000)],
    erlang:display({lists:keyfind(99999, 1, Big), lists:keyfind(9999800001, 2, Big), lists:keymember(0, 1, Big)}),
    ok.
