%% Integer segments of every size from 0 to 72 bits: construction truncates to the size, matching
%% gets the value back, for values around the powers of two and for negative values.
-module(bitsyntax_int_sizes).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    Vals = ?MODULE:id([0, 1, -1, 5, 255, 256, -256, 16#DEADBEEF, 1 bsl 59, (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 64 + 3]),
    lists:foreach(fun(S) ->
                          Bins = [<<V:S>> || V <- Vals],
                          Back = [X || <<X:S>> <- Bins],
                          SBack = [X || <<X:S/signed>> <- Bins],
                          erlang:display({S, Bins, Back, SBack})
                  end, lists:seq(0, 20) ++ [23, 24, 25, 31, 32, 33, 47, 48, 58, 59, 60, 61, 63, 64, 65, 71, 72]),
    ok.
