%% Signed and unsigned integer segments at their range limits for every size 1..66: the minimum,
%% maximum, one beyond each (wrapping), written and read back in both endiannesses.
-module(bitsyntax_signed_bounds).
-export([main/0, id/1]).

id(X) -> X.

main() ->
    lists:foreach(
      fun(S) ->
              Min = -(1 bsl (S - 1)), Max = (1 bsl (S - 1)) - 1, UMax = (1 bsl S) - 1,
              Vals = ?MODULE:id([Min, Max, Min - 1, Max + 1, UMax, UMax + 1, -1, 0]),
              Signed = [begin <<X:S/signed>> = <<V:S>>, X end || V <- Vals],
              Unsigned = [begin <<X:S/unsigned-little>> = <<V:S/little>>, X end || V <- Vals],
              SignedL = [begin <<X:S/signed-little>> = <<V:S/little>>, X end || V <- Vals],
              erlang:display({S, Signed, Unsigned, Signed =:= SignedL})
      end, lists:seq(1, 66)),
    ok.
