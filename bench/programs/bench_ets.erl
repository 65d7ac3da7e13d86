%% ETS: 1,000,000 {Int, Tuple} objects inserted, looked up, counted up, selected by a key range
%% with a match specification, and deleted, in a set and in an ordered_set.
-module(bench_ets).
-export([main/0]).

-define(N, 1000000).

insert(_T, 0) -> ok;
insert(T, I) -> ets:insert(T, {I, {I, <<"v">>, I * 2}, 0}), insert(T, I - 1).

lookup(_T, 0, Acc) -> Acc;
lookup(T, I, Acc) ->
    [{_, {_, _, V}, _}] = ets:lookup(T, I),
    lookup(T, I - 1, Acc + V).

count(_T, 0) -> ok;
count(T, I) -> ets:update_counter(T, I, {3, 1}), count(T, I - 1).

delete(_T, 0) -> ok;
delete(T, I) -> ets:delete(T, I), delete(T, I - 1).

run(Type) ->
    T = ets:new(bench, [Type, public]),
    insert(T, ?N),
    Sum = lookup(T, ?N, 0),
    count(T, ?N),
    Range = ets:select(T, [{{'$1', '_', '$2'}, [{'>', '$1', ?N div 4}, {'=<', '$1', ?N div 2}], ['$2']}]),
    Size = ets:info(T, size),
    delete(T, ?N),
    Left = ets:info(T, size),
    ets:delete(T),
    Sum + lists:sum(Range) + Size + Left.

main() ->
    T0 = erlang:monotonic_time(),
    Check = run(set) + run(ordered_set),
    T1 = erlang:monotonic_time(),
    erlang:display({bench, ets, erlang:convert_time_unit(T1 - T0, native, microsecond), Check}).
