%% lists:member/2 (a BIF) uses exact equality: 1 is not a member of [1.0]; improper lists and
%% non-lists; long lists.
-module(bif_lists_member).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = [a, 1, 2.0, "s", {t}, [], [x], 1 bsl 70],
    Probes = [a, b, 1, 1.0, 2, 2.0, "s", {t}, {t, u}, [], [x], 1 bsl 70, (1 bsl 70) + 0.0],
    [erlang:display({P, lists:member(P, L)}) || P <- Probes],
    erlang:display([t(fun() -> lists:member(a, X) end) || X <- [[a | b], [b | c], [], x, "abc"]]),
    erlang:display(t(fun() -> lists:member($b, "abc") end)),
    Long = lists:seq(1, 1000000),
    erlang:display({lists:member(1000000, Long), lists:member(0, Long), lists:member(500000.0, Long)}),
    ok.
