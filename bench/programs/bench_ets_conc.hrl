%% The body of bench_ets_conc_set and bench_ets_conc_oset: ETS from 8 processes on a public
%% table of type ?TYPE with write_concurrency, 1,000,000 {Int, Tuple, Int} objects split
%% between the processes by key, each phase (insert, lookup, update_counter, select of a key
%% range with a match specification, delete) started in all of them at once and timed until the
%% last one finishes. Prints the total first, then each phase, then the memory per object
%% (ets:info(T, memory) words, resident set growth). The including module defines ?TYPE and
%% ?NAME.
-export([main/0]).

-define(N, 1000000).
-define(W, 8).

insert(_T, I, _) when I > ?N -> ok;
insert(T, I, S) -> ets:insert(T, {I, {I, <<"v">>, I * 2}, 0}), insert(T, I + S, S).

lookup(_T, I, _, Acc) when I > ?N -> Acc;
lookup(T, I, S, Acc) ->
    [{_, {_, _, V}, _}] = ets:lookup(T, I),
    lookup(T, I + S, S, Acc + V).

count(_T, I, _, Acc) when I > ?N -> Acc;
count(T, I, S, Acc) -> count(T, I + S, S, Acc + ets:update_counter(T, I, {3, 1})).

delete(_T, I, _) when I > ?N -> ok;
delete(T, I, S) -> ets:delete(T, I), delete(T, I + S, S).


%% Worker Id (1..W) handles the keys Id, Id + W, ...; its share of the selected range is the
%% Id-th eighth of (N/4, N/2].
work(T, Id, insert) -> insert(T, Id, ?W), 0;
work(T, Id, lookup) -> lookup(T, Id, ?W, 0);
work(T, Id, update_counter) -> count(T, Id, ?W, 0);
work(T, Id, select) ->
    Part = (?N div 4) div ?W,
    Lo = ?N div 4 + (Id - 1) * Part,
    Hi = Lo + Part,
    lists:sum(ets:select(T, [{{'$1', '_', '$2'}, [{'>', '$1', Lo}, {'=<', '$1', Hi}], ['$2']}]));
work(T, Id, delete) -> delete(T, Id, ?W), 0.

worker(T, Id, Parent) ->
    receive
        {go, Phase} ->
            Parent ! {done, self(), work(T, Id, Phase)},
            worker(T, Id, Parent);
        stop ->
            ok
    end.

phase(Workers, Phase) ->
    T0 = erlang:monotonic_time(),
    [W ! {go, Phase} || W <- Workers],
    R = lists:sum([receive {done, W, X} -> X end || W <- Workers]),
    T1 = erlang:monotonic_time(),
    put(phases, [{Phase, erlang:convert_time_unit(T1 - T0, native, microsecond), R} | get(phases)]),
    R.

run(Type) ->
    T = ets:new(bench, [Type, public, {write_concurrency, true}]),
    Self = self(),
    Workers = [spawn_link(fun() -> worker(T, Id, Self) end) || Id <- lists:seq(1, ?W)],
    Rss0 = rss(),
    phase(Workers, insert),
    Rss1 = rss(),
    Words = ets:info(T, memory),
    put(memory, [{words_per_object, Words div ?N},
                 {rss_bytes_per_object, (Rss1 - Rss0) div ?N} | get(memory)]),
    Size = ets:info(T, size),
    Sum = phase(Workers, lookup) + phase(Workers, update_counter)
        + phase(Workers, select),
    phase(Workers, delete),
    Left = ets:info(T, size),
    [W ! stop || W <- Workers],
    ets:delete(T),
    Sum + Size + Left.

-include("bench_ets_common.hrl").
