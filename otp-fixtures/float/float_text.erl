%% Floats inside other output: io_lib-free formatting through float_to_list inside strings,
%% floats in lists and tuples shown by erlang:display, and integer_to_list of trunc'd floats.
-module(float_text).
-export([main/0]).

main() ->
    Xs = [0.1 * N || N <- lists:seq(-10, 10)],
    erlang:display(Xs),
    erlang:display([float_to_list(X, [{decimals, 2}]) || X <- Xs]),
    erlang:display(lists:flatten([float_to_list(X, [short]) ++ "," || X <- Xs])),
    erlang:display([integer_to_list(trunc(X * 1000)) || X <- Xs]),
    erlang:display({lists:sum(Xs), lists:max(Xs), lists:min(Xs)}),
    erlang:display(float_to_list(lists:sum(Xs), [short])),
    erlang:display(lists:sort([3.0, 1, 2.5, -1.0e10, 1 bsl 70, 2, 2.0])),
    ok.
