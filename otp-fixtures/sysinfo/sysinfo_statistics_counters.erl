%% statistics/1 counters grow and their since-last parts are consistent.
-module(sysinfo_statistics_counters).
-export([main/0]).

loop(0) -> ok;
loop(N) -> loop(N - 1).

main() ->
    {R1, _} = erlang:statistics(reductions),
    loop(100000),
    {R2, D2} = erlang:statistics(reductions),
    erlang:display(R2 > R1),
    erlang:display(D2 > 0),
    {E1, _} = erlang:statistics(exact_reductions),
    loop(1000),
    {E2, _} = erlang:statistics(exact_reductions),
    {W1, _} = erlang:statistics(wall_clock),
    {W2, WD} = erlang:statistics(wall_clock),
    erlang:display(W2 >= W1 andalso WD >= 0),
    {T1, _} = erlang:statistics(runtime),
    {T2, TD} = erlang:statistics(runtime),
    erlang:display(T2 >= T1 andalso TD >= 0),
    {C1, 0} = erlang:statistics(context_switches),
    Self = self(),
    [spawn(fun() -> Self ! x end) || _ <- lists:seq(1, 5)],
    [receive x -> ok end || _ <- lists:seq(1, 5)],
    {C2, 0} = erlang:statistics(context_switches),
    erlang:display(C2 > C1),
    {G1, _, 0} = erlang:statistics(garbage_collection),
    erlang:garbage_collect(),
    _ = lists:seq(1, 100000),
    erlang:garbage_collect(),
    {G2, _, 0} = erlang:statistics(garbage_collection),
    erlang:display(G2 > G1),
    ok.
