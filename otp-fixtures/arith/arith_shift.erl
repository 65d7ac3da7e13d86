%% bsl and bsr: shifts by 0, small amounts, across the bignum boundary, negative amounts (which
%% reverse direction), huge amounts (bsr to 0 or -1, bsl to system_limit), non-integers.
-module(arith_shift).
-export([main/0]).

values() -> [0, 1, -1, 3, -3, 255, -256, 576460752303423487, -576460752303423488,
             1 bsl 64, -(1 bsl 64) - 1, 16#DEADBEEFDEADBEEFDEADBEEF].

shifts() -> [0, 1, 2, 7, 59, 60, 61, 63, 64, 65, 100, 128, -1, -2, -60, -64, -65, -200,
             1 bsl 30, -(1 bsl 30), 1 bsl 64, -(1 bsl 64)].

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [begin
         erlang:display({A, 'bsl', S, t(fun() -> A bsl S end)}),
         erlang:display({A, 'bsr', S, t(fun() -> A bsr S end)})
     end || A <- values(), S <- shifts()],
    [erlang:display({X, t(fun() -> X bsl 1 end), t(fun() -> X bsr 1.0 end)}) || X <- [1.0, a, 1]],
    [erlang:display({powers, N, 1 bsl N, -1 bsl N, (1 bsl N) - 1}) || N <- lists:seq(0, 130, 3)],
    [erlang:display({roundtrip, N, ((12345 bsl N) bsr N) =:= 12345,
                     ((-12345 bsl N) bsr N) =:= -12345}) || N <- lists:seq(0, 200, 7)],
    ok.
