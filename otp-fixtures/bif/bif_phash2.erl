%% erlang:phash2/1,2 on many terms (its values are part of OTP's stable contract): integers,
%% bignums, floats, atoms, strings, nested tuples and lists, binaries, maps; ranges and errors.
-module(bif_phash2).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Terms = [0, 1, -1, 42, 255, 256, 65535, 1 bsl 27, 1 bsl 31, 1 bsl 32, 576460752303423487,
             576460752303423488, -576460752303423489, 1 bsl 64, -(1 bsl 64), 1 bsl 200,
             0.0, -0.0, 1.0, 1.5, -2.5, 1.0e300, 5.0e-324,
             a, b, abc, '', 'hello world', 'é', '日本', true, false, undefined,
             [], [a], [a, b], [1, 2, 3], "hello", [a | b], [[[]]],
             {}, {a}, {a, b}, {1, {2, {3}}}, list_to_tuple(lists:seq(1, 100)),
             <<>>, <<1>>, <<1, 2, 3>>, <<"hello">>, <<1:1>>, <<1:7>>, <<0:9>>,
             #{}, #{a => 1}, #{1 => a, 2 => b}, lists:seq(1, 1000)],
    [erlang:display({X, erlang:phash2(X), erlang:phash2(X, 1000), erlang:phash2(X, 1 bsl 32)}) || X <- Terms],
    erlang:display([t(fun() -> erlang:phash2(x, R) end) || R <- [1, 0, -1, 1 bsl 32, (1 bsl 32) + 1, a]]),
    erlang:display(erlang:phash2(lists:seq(1, 1000)) =:= erlang:phash2(lists:seq(1, 1000))),
    ok.
