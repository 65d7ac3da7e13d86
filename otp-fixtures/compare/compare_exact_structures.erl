%% Equality of structures containing integers and floats: == looks through tuples, lists and maps
%% comparing numbers by value, =:= does not; map keys are always matched exactly.
-module(compare_exact_structures).
-export([main/0]).

main() ->
    Pairs = [{{1, 2}, {1.0, 2}}, {[1, [2]], [1, [2.0]]}, {{a, [1 | 2]}, {a, [1 | 2.0]}},
             {#{a => 1}, #{a => 1.0}}, {#{1 => a}, #{1.0 => a}}, {[0.0], [-0.0]}, {{0}, {-0.0}},
             {[1 bsl 70], [float(1 bsl 70)]}, {{[], {}}, {[], {}}}, {"abc", [97, 98, 99.0]}],
    [erlang:display({A, B, A == B, A =:= B, A /= B, A =/= B, A < B, B < A}) || {A, B} <- Pairs],
    erlang:display(lists:usort([{1}, {1.0}, {1}, [2], [2.0]])),
    erlang:display(lists:sort([{1.0}, {1}, {0.5}, {2}])),
    ok.
