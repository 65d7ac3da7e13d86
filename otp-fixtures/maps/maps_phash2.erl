%% erlang:phash2/1,2 of maps: independent of insertion order, different for 1 and 1.0 keys,
%% the same for equal maps built as flat or hashed, nested maps, and maps inside other terms.
-module(maps_phash2).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ms = ?MODULE:id([#{}, #{a => 1}, #{1 => a}, #{1.0 => a}, #{a => 1, b => 2}, #{b => 2, a => 1}, #{a => #{b => #{}}},
                     #{<<"k">> => [1, 2, 3]}, #{{1, 2} => {3, 4}}]),
    [erlang:display({M, erlang:phash2(M), erlang:phash2(M, 1000), erlang:phash2({M, M}), erlang:phash2([M])}) || M <- Ms],
    L = [{I, I * I} || I <- lists:seq(1, 100)],
    A = maps:from_list(L),
    B = maps:from_list(lists:reverse(L)),
    C = lists:foldl(fun({K, V}, M) -> M#{K => V} end, #{}, L),
    erlang:display({erlang:phash2(A), erlang:phash2(B), erlang:phash2(C)}),
    Bigs = [maps:from_list([{I, x} || I <- lists:seq(1, N)]) || N <- [31, 32, 33, 64, 1000]],
    erlang:display([erlang:phash2(M) || M <- Bigs]),
    erlang:display(erlang:phash2(maps:from_list([{integer_to_binary(I), #{I => [I]}} || I <- lists:seq(1, 500)]))),
    ok.
