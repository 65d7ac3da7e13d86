%% Small maps in the term order: by size, then keys in term order, then values; == against =:= on
%% keys and values that mix integers and floats.
-module(compare_maps).
-export([main/0]).

main() ->
    Ms = [#{}, #{a => 1}, #{a => 2}, #{b => 1}, #{1 => a}, #{1.0 => a}, #{a => 1, b => 2},
          #{a => 1.0}, #{1 => 1, 2 => 2}, #{z => 0}, #{[] => x}],
    [erlang:display({A, B, A < B, A == B, A =:= B}) || A <- Ms, B <- Ms],
    erlang:display(lists:sort(Ms)),
    ok.
