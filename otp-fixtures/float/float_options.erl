%% Option lists of float_to_list/2 and float_to_binary/2: later options override earlier ones,
%% compact applies only to decimals, out-of-range or unknown options and non-floats are badarg.
-module(float_options).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Opts = [[], [short], [compact], [{decimals, 3}], [{scientific, 3}], [{decimals, 3}, short],
            [short, {decimals, 3}], [{scientific, 2}, {decimals, 2}], [{decimals, 2}, {scientific, 2}],
            [compact, {scientific, 4}], [{decimals, 6}, compact], [compact, {decimals, 6}],
            [{decimals, 253}], [{decimals, 254}], [{decimals, -1}], [{scientific, 249}],
            [{scientific, 250}], [{scientific, -1}], [bogus], [{decimals, a}], [short | x],
            [{decimals, 2} | compact], nolist],
    Xs = [0.0, 1.0, 0.1, -12.5, 1.0e20, 5.0e-324],
    [erlang:display({X, O, t(fun() -> L = float_to_list(X, O), {length(L), lists:sublist(L, 40)} end),
                     t(fun() -> byte_size(float_to_binary(X, O)) end)}) || X <- Xs, O <- Opts],
    [erlang:display({V, t(fun() -> float_to_list(V) end), t(fun() -> float_to_list(V, [short]) end),
                     t(fun() -> float_to_binary(V) end)}) || V <- [1, 1 bsl 70, a, "1.0", []]],
    ok.
