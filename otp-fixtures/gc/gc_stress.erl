%% GC stress: about 2.7 GB allocated in total while the live set stays at a few megabytes. Each
%% round builds a fresh list of small tuples and floats, keeps a checksum, and keeps only a window
%% of the last rounds alive, so every collection finds mostly garbage plus a steady live set.
-module(gc_stress).
-export([main/0]).

-define(ROUNDS, 1200).
-define(ITEMS, 20000).
-define(WINDOW, 4).

main() ->
    {Sum, Window} = rounds(0, 0, []),
    erlang:display({checksum, Sum}),
    erlang:display({window, length(Window), [length(W) || W <- Window]}),
    erlang:display({last_items, [hd(W) || W <- Window]}),
    ok.

rounds(?ROUNDS, Sum, Window) -> {Sum, Window};
rounds(R, Sum, Window) ->
    L = build(R, ?ITEMS, []),
    S = checksum(L, 0),
    Kept = lists:sublist([L | Window], ?WINDOW),
    rounds(R + 1, (Sum + S) rem 1000000007, Kept).

build(_, 0, Acc) -> Acc;
build(R, N, Acc) -> build(R, N - 1, [{R, N, float(N) * 0.5, [N]} | Acc]).

checksum([], S) -> S;
checksum([{R, N, F, [M]} | T], S) -> checksum(T, (S + R * 31 + N + trunc(F) + M) rem 1000000007).
