%% The small-integer/bignum boundary (2^59 on a 64-bit VM): stepping across it in both directions
%% with +, -, *, and results that shrink back into small integers.
-module(arith_boundary).
-export([main/0]).

main() ->
    Max = 576460752303423487,
    Min = -576460752303423488,
    [erlang:display({step, N, Max + N, Min - N}) || N <- lists:seq(-3, 3)],
    erlang:display(walk(Max - 5, 10, [])),
    erlang:display(walk(Min + 5, -10, [])),
    Big = Max + 1,
    erlang:display({back, Big - 1, Big - 1 =:= Max, is_integer(Big - 1)}),
    erlang:display({mul_back, (Big * 4) div 4, ((Big * Big) div Big) =:= Big}),
    erlang:display({neg, -Min, -(-Min), -Min - 1 =:= Max}),
    erlang:display({abs, abs(Min), abs(Min) - 1 =:= Max}),
    erlang:display({'bsl', 1 bsl 58, 1 bsl 59, 1 bsl 60, (1 bsl 59) - 1 =:= Max}),
    erlang:display({band_back, (Big + 7) band 15, (Big bor 3) - Big}),
    erlang:display({sum, lists:sum([Max, Max, Min, Min])}),
    erlang:display({cmp, Big > Max, Min - 1 < Min, Big == Max + 1, Big =:= 576460752303423488}),
    erlang:display({float, float(Max), float(Big), float(Min)}),
    erlang:display({hi32, (1 bsl 32) * (1 bsl 32), 4294967295 * 4294967297}),
    ok.

walk(_, 0, Acc) -> lists:reverse(Acc);
walk(X, N, Acc) when N > 0 -> walk(X + 1, N - 1, [{X, is_integer(X)} | Acc]);
walk(X, N, Acc) -> walk(X - 1, N + 1, [X | Acc]).
