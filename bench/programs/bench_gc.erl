%% Benchmark: GC stress, about 2.7 GB allocated in total with a live set of a few megabytes
%% (the same workload as the gc_stress conformance fixture).
-module(bench_gc).
-export([main/0]).

-define(ROUNDS, 1200).
-define(ITEMS, 20000).
-define(WINDOW, 4).

main() ->
    T0 = erlang:monotonic_time(),
    {Sum, _} = rounds(0, 0, []),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, gc_stress, erlang:convert_time_unit(T1 - T0, native, microsecond), Sum}).

rounds(?ROUNDS, Sum, Window) -> {Sum, Window};
rounds(R, Sum, Window) ->
    L = build(R, ?ITEMS, []),
    S = checksum(L, 0),
    rounds(R + 1, (Sum + S) rem 1000000007, lists:sublist([L | Window], ?WINDOW)).

build(_, 0, Acc) -> Acc;
build(R, N, Acc) -> build(R, N - 1, [{R, N, float(N) * 0.5, [N]} | Acc]).

checksum([], S) -> S;
checksum([{R, N, F, [M]} | T], S) -> checksum(T, (S + R * 31 + N + trunc(F) + M) rem 1000000007).
