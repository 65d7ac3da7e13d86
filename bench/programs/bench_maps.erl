%% Map insert, lookup and update of 1M integer keys (a HAMT at that size), then insert and lookup
%% of 200k small-tuple keys; the check value is a sum over lookups.
-module(bench_maps).
-export([main/0]).

insert(0, M) -> M;
insert(N, M) -> insert(N - 1, M#{N => N}).

lookup(0, _M, Acc) -> Acc;
lookup(N, M, Acc) ->
    #{N := V} = M,
    lookup(N - 1, M, Acc + V).

update(0, M) -> M;
update(N, M) -> update(N - 1, M#{N := N * 2}).

tuple_keys(0, M) -> M;
tuple_keys(N, M) -> tuple_keys(N - 1, maps:put({key, N rem 1000, N}, N, M)).

tuple_lookup(0, _M, Acc) -> Acc;
tuple_lookup(N, M, Acc) -> tuple_lookup(N - 1, M, Acc + maps:get({key, N rem 1000, N}, M)).

main() ->
    N = 1000000,
    T0 = erlang:monotonic_time(),
    M1 = insert(N, #{}),
    S1 = lookup(N, M1, 0),
    M2 = update(N, M1),
    S2 = lookup(N, M2, 0),
    M3 = tuple_keys(N div 5, #{}),
    S3 = tuple_lookup(N div 5, M3, 0),
    T1 = erlang:monotonic_time(),
    Check = {S1, S2, S3, map_size(M2), map_size(M3)},
    erlang:display({bench, maps, erlang:convert_time_unit(T1 - T0, native, microsecond), Check}).
