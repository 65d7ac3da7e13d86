%% binary_to_term(term_to_binary(T)) =:= T for a wide set of terms, with the byte sizes and a
%% checksum of the encoding of each, plus the same under every option combination.
-module(etf_roundtrip).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ts = ?MODULE:id([0, -1, 1 bsl 70, 3.25, -0.0, atom, 'ATOM with spaces', '', [], "", "text", [1, [2, [3]]], [a | b], {},
                     {a, {b, {c}}}, <<>>, <<"bin">>, <<1:5>>, #{}, #{nested => #{map => [1]}}, fun lists:sort/1,
                     list_to_tuple(lists:seq(1, 300)), lists:seq(-5, 300), [<<I>> || I <- lists:seq(1, 10)],
                     [{K, #{K => [K, float(K)]}} || K <- lists:seq(1, 20)], maps:from_list([{{k, I}, I} || I <- lists:seq(1, 40)]),
                     [1.0e300, 5.0e-324, -1.0e-300]]),
    Opts = [[], [compressed], [{minor_version, 0}], [{minor_version, 2}], [deterministic], [{compressed, 9}, deterministic]],
    [erlang:display({byte_size(term_to_binary(T)), erlang:phash2(T) rem 1000,
                     [binary_to_term(term_to_binary(T, O)) =:= T || O <- Opts]}) || T <- Ts],
    ok.
