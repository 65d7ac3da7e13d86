%% The body of bench_ets_set and bench_ets_oset (one table type per program, so that the
%% resident set growth is that of a fresh VM): 1,000,000 {Int, Tuple, Int} objects inserted,
%% looked up, counted up with update_counter, selected by a key range with a match
%% specification, and deleted, in a table of type ?TYPE. Prints the total first, then each
%% phase, then the memory per object: ets:info(T, memory) words and the growth of the
%% resident set in bytes. The including module defines ?TYPE and ?NAME.
-export([main/0]).

-define(N, 1000000).

insert(_T, 0) -> ok;
insert(T, I) -> ets:insert(T, {I, {I, <<"v">>, I * 2}, 0}), insert(T, I - 1).

lookup(_T, 0, Acc) -> Acc;
lookup(T, I, Acc) ->
    [{_, {_, _, V}, _}] = ets:lookup(T, I),
    lookup(T, I - 1, Acc + V).

count(_T, 0, Acc) -> Acc;
count(T, I, Acc) -> count(T, I - 1, Acc + ets:update_counter(T, I, {3, 1})).

delete(_T, 0) -> ok;
delete(T, I) -> ets:delete(T, I), delete(T, I - 1).


timed(Name, F) ->
    T0 = erlang:monotonic_time(),
    R = F(),
    T1 = erlang:monotonic_time(),
    put(phases, [{Name, erlang:convert_time_unit(T1 - T0, native, microsecond), R} | get(phases)]),
    R.

run(Type) ->
    T = ets:new(bench, [Type, public]),
    Rss0 = rss(),
    timed(insert, fun() -> insert(T, ?N), ets:info(T, size) end),
    Rss1 = rss(),
    Words = ets:info(T, memory),
    put(memory, [{words_per_object, Words div ?N},
                 {rss_bytes_per_object, (Rss1 - Rss0) div ?N} | get(memory)]),
    Sum = timed(lookup, fun() -> lookup(T, ?N, 0) end),
    Counted = timed(update_counter, fun() -> count(T, ?N, 0) end),
    Range = timed(select, fun() ->
        lists:sum(ets:select(T, [{{'$1', '_', '$2'}, [{'>', '$1', ?N div 4}, {'=<', '$1', ?N div 2}], ['$2']}]))
    end),
    Size = ets:info(T, size),
    timed(delete, fun() -> delete(T, ?N), ets:info(T, size) end),
    Left = ets:info(T, size),
    ets:delete(T),
    Sum + Counted + Range + Size + Left.

-include("bench_ets_common.hrl").
