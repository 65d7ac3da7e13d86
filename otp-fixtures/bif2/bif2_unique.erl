%% erlang:unique_integer/0,1: uniqueness, positive and monotonic orders, bad options.
-module(bif2_unique).
-export([main/0]).

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = [erlang:unique_integer() || _ <- lists:seq(1, 1000)],
    erlang:display(length(lists:usort(L))),
    erlang:display(lists:all(fun is_integer/1, L)),
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 1000)],
    erlang:display(lists:all(fun(X) -> X > 0 end, P)),
    erlang:display(length(lists:usort(P))),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 1000)],
    erlang:display(lists:sort(M) =:= M),
    PM = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 1000)],
    erlang:display(lists:sort(PM) =:= PM andalso hd(PM) > 0),
    erlang:display(length(lists:usort(PM ++ M)) =:= 2000),
    Self = self(),
    Ps = [spawn(fun() -> Self ! {u, [erlang:unique_integer([positive]) || _ <- lists:seq(1, 200)]} end)
          || _ <- lists:seq(1, 5)],
    All = lists:append([receive {u, U} -> U end || _ <- Ps]),
    erlang:display(length(lists:usort(All))),
    erlang:display(is_integer(erlang:unique_integer([monotonic, positive, monotonic]))),
    erlang:display(t(fun() -> erlang:unique_integer([foo]) end)),
    erlang:display(t(fun() -> erlang:unique_integer(positive) end)),
    erlang:display(t(fun() -> erlang:unique_integer([positive | monotonic]) end)),
    ok.
