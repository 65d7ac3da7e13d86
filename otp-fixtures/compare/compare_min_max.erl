%% erlang:min/2 and erlang:max/2 (which of two equal terms is returned: 1 against 1.0),
%% lists:min/1, lists:max/1, and mixed types.
-module(compare_min_max).
-export([main/0]).

main() ->
    Vs = [1, 1.0, 2, -0.0, 0, a, "a", {1}, [], 1 bsl 80, 1.2089258196146292e24],
    [erlang:display({A, B, min(A, B), max(A, B), erlang:min(B, A), erlang:max(B, A)})
     || A <- Vs, B <- Vs],
    erlang:display({lists:min(Vs), lists:max(Vs)}),
    erlang:display({lists:min([1.0, 1]), lists:min([1, 1.0]), lists:max([2, 2.0]), lists:max([2.0, 2])}),
    ok.
