%% Float segments round-tripping many doubles generated from a fixed seed: 64-bit exact, 32-bit
%% and 16-bit rounding (shown as the bit patterns), in both endiannesses.
-module(bitsyntax_float_roundtrip).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    rand:seed(exsss, {1, 2, 3}),
    Fs = [(rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20) || _ <- lists:seq(1, 2000)],
    Exact = [begin <<X:64/float>> = <<F:64/float>>, <<Y:64/float-little>> = <<F:64/float-little>>, X =:= F andalso Y =:= F end || F <- Fs],
    erlang:display(lists:all(fun(E) -> E end, Exact)),
    R32 = [begin <<X:32/float>> = <<F:32/float>>, X end || F <- Fs, abs(F) < 3.0e38],
    erlang:display({length(R32), erlang:phash2(R32), lists:sublist(R32, 5)}),
    R16 = [begin <<X:16/float>> = <<F:16/float>>, X end || F <- Fs, abs(F) < 65504.0],
    erlang:display({length(R16), erlang:phash2(R16), lists:sublist(R16, 8)}),
    Pat = << <<F:32/float>> || F <- lists:sublist(Fs, 10), abs(F) < 3.0e38 >>,
    erlang:display(Pat),
    Half = << <<F:16/float-little>> || F <- lists:sublist(Fs, 40), abs(F) < 65504.0 >>,
    erlang:display(Half),
    ok.
