%% The standard term order between types: number < atom < reference < fun < port < pid < tuple <
%% map < nil < list < bitstring, checked pairwise with <, >, ==, and by sorting. Pids, ports and
%% references are never printed, only the results of comparing them.
-module(compare_type_order).
-export([main/0]).

terms() ->
    [{int, 1}, {big, 1 bsl 100}, {float, 2.5}, {atom, abc}, {ref, make_ref()},
     {'fun', fun() -> ok end}, {port, hd(erlang:ports())}, {pid, self()}, {tuple, {1, 2}},
     {map, #{a => 1}}, {nil, []}, {list, [1]}, {binary, <<1>>}, {bitstring, <<1:3>>}].

main() ->
    Ts = terms(),
    [erlang:display({NA, NB, A < B, A > B, A == B, A =< B, A >= B, A =/= B})
     || {NA, A} <- Ts, {NB, B} <- Ts],
    Shuffled = [lists:nth(I, Ts) || I <- [9, 3, 14, 1, 12, 6, 11, 4, 8, 2, 13, 5, 10, 7]],
    erlang:display([N || {N, _} <- lists:sort(fun({_, A}, {_, B}) -> A =< B end, Shuffled)]),
    erlang:display([N || {N, _} <- lists:keysort(2, Shuffled)]),
    ok.
