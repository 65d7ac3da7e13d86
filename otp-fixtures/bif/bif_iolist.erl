%% iolist_to_binary/1, iolist_size/1, list_to_binary/1 and binary_to_list/1,3 on nested iolists
%% with binaries and bytes, and the badarg cases (integers above 255, atoms, improper tails).
-module(bif_iolist).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ls = [[], "abc", [$a, [$b, [$c]]], [<<"ab">>, "cd", [<<"e">>]], <<"bin">>, [[], [[]], <<>>],
          [1, 2, 255], [256], [-1], [a], [$a | <<"tail">>], [$a | b], [<<1:1>>], lists:duplicate(1000, "x")],
    [erlang:display({I, t(fun() -> iolist_to_binary(L) end), t(fun() -> iolist_size(L) end),
                     t(fun() -> list_to_binary(L) end)})
     || {I, L} <- lists:zip(lists:seq(1, length(Ls)), Ls), I < 14],
    erlang:display(t(fun() -> byte_size(iolist_to_binary(lists:last(Ls))) end)),
    erlang:display({binary_to_list(<<"hello">>), binary_to_list(<<"hello">>, 2, 4),
                    t(fun() -> binary_to_list(<<"hello">>, 4, 2) end), t(fun() -> binary_to_list(<<"hi">>, 0, 1) end)}),
    ok.
