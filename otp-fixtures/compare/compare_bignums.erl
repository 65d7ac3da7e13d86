%% Ordering of bignums: by sign, then magnitude (number of digits), then digits; equal bignums made
%% in different ways compare exactly equal.
-module(compare_bignums).
-export([main/0]).

main() ->
    Vs = [1 bsl 64, (1 bsl 64) + 1, (1 bsl 64) - 1, 1 bsl 65, 1 bsl 128, -(1 bsl 64),
          -(1 bsl 128), -(1 bsl 64) - 1, 576460752303423488, -576460752303423489,
          16#FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF, 16#100000000000000000000000000000000, 0, -1],
    [erlang:display({A, B, A < B, A == B, A > B}) || A <- Vs, B <- Vs],
    erlang:display(lists:sort(Vs)),
    erlang:display({(1 bsl 100) =:= 1267650600228229401496703205376,
                    (1 bsl 100) * 3 =:= (1 bsl 101) + (1 bsl 100),
                    (1 bsl 64) - (1 bsl 64) =:= 0}),
    ok.
