%% Comparing and sorting maps: size first, then keys in map key order (integers before floats),
%% then values; == against =:= with 1 and 1.0 as keys and values; equal maps built differently;
%% large maps compared against each other.
-module(maps_compare).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Ms = ?MODULE:id([#{}, #{1 => a}, #{1.0 => a}, #{a => 1}, #{a => 1.0}, #{2 => a}, #{1 => b}, #{1 => a, 2 => b},
                     #{1 => a, 1.0 => a}, #{b => 1}, #{"a" => 1}, #{<<"a">> => 1}, #{{} => 1}, #{[] => 1}, #{1 bsl 65 => x}]),
    [erlang:display({A, B, A < B, A == B, A =:= B}) || A <- Ms, B <- Ms, A =/= B, erlang:phash2({A, B}) rem 4 =:= 0],
    erlang:display(lists:sort(Ms)),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, Ms)),
    erlang:display(lists:usort([#{1 => 1}, #{1 => 1.0}, #{1.0 => 1}, #{1 => 1}])),
    erlang:display({#{1 => 1} == #{1 => 1.0}, #{1 => 1} =:= #{1 => 1.0}, #{1 => 1} == #{1.0 => 1}}),
    erlang:display(lists:sort([#{a => 1}, 1, a, {}, [], <<>>, #{}, fun erlang:self/0, "x"])),
    B1 = maps:from_list([{I, I} || I <- lists:seq(1, 100)]),
    B2 = maps:from_list([{I, I} || I <- lists:seq(100, 1, -1)]),
    B3 = B1#{50 := 50.0},
    B4 = B1#{101 => 0},
    B5 = maps:remove(100, B1#{0 => 0}),
    erlang:display({B1 =:= B2, B1 == B3, B1 =:= B3, B1 < B3, B3 < B1, B1 < B4, B5 < B1, B1 < B5, B5 == B1}),
    F1 = maps:from_list([{float(I), I} || I <- lists:seq(1, 40)]),
    I1 = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    erlang:display({F1 < I1, I1 < F1, F1 == I1}),
    ok.
