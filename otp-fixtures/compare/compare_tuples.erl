%% Tuples compare by size first, then element by element; nested tuples, mixed numbers inside.
-module(compare_tuples).
-export([main/0]).

main() ->
    Ts = [{}, {1}, {2}, {1, 2}, {1.0, 2}, {0, 3}, {a}, {a, b}, {b, a}, {{1}}, {[1]}, {1, 2, 3},
          {z}, {{}, {}}, {1, {2, 3}}, {1, {2, 4}}, {1, {2.0, 3}}, erlang:make_tuple(20, x),
          erlang:make_tuple(19, y), {1 bsl 70}, {-1 bsl 70}],
    [erlang:display({A, B, A < B, A == B, A =:= B}) || A <- Ts, B <- Ts],
    erlang:display(lists:sort(Ts)),
    ok.
