%% Every one of the 65536 half-precision bit patterns matched as a 16-bit float in both
%% endiannesses: which ones match (not infinities or NaNs), a checksum of the values, and the
%% re-encoding of each matched value back to the same bits; plus 32-bit patterns on a stride.
-module(bitsyntax_float16_all).
-export([main/0]).

main() ->
    Vals = [case <<P:16>> of <<F:16/float>> -> F; _ -> nomatch end || P <- lists:seq(0, 65535)],
    Matched = [F || F <- Vals, F =/= nomatch],
    erlang:display({length(Matched), erlang:phash2(Vals), lists:sum(Matched), lists:max(Matched), lists:min(Matched)}),
    Back = [P || {P, F} <- lists:zip(lists:seq(0, 65535), Vals), F =/= nomatch, <<F:16/float>> =/= <<P:16>>],
    erlang:display({mismatched_reencoding, Back}),
    Little = [case <<P:16/little>> of <<F:16/float-little>> -> F; _ -> nomatch end || P <- lists:seq(0, 65535)],
    erlang:display(Little =:= Vals),
    erlang:display([lists:nth(P + 1, Vals) || P <- [0, 1, 16#3FF, 16#400, 16#3BFF, 16#3C00, 16#3C01, 16#7BFF, 16#7C00, 16#7C01, 16#8000, 16#8001, 16#FBFF, 16#FC00]]),
    S32 = [case <<P:32>> of <<F:32/float>> -> F; _ -> nomatch end || P <- lists:seq(0, 16#FFFFFFFF, 16#10001)],
    erlang:display({length(S32), length([x || nomatch <- S32]), erlang:phash2(S32)}),
    ok.
