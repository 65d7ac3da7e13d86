%% 100 processes do mixed inserts, deletes, counter updates and selects on shared public tables
%% of every type; each keeps a model of its own keys, and the tables are checked against the
%% models at the end. Run on 1, 2 and 4 schedulers by ets_stress_s1/s2/s4.
-module(ets_stress).
-export([main/0]).

-define(PROCS, 100).
-define(OPS, 400).

main() ->
    Types = [set, ordered_set, bag, duplicate_bag],
    Tabs = [{Type, ets:new(Type, [Type, public, {write_concurrency, true}, {read_concurrency, true}])}
            || Type <- Types],
    C = ets:new(counters, [public, set]),
    ets:insert(C, [{N, 0} || N <- lists:seq(0, 9)]),
    Self = self(),
    Pids = [spawn_link(fun() -> Self ! {self(), worker(I, Tabs, C)} end) || I <- lists:seq(1, ?PROCS)],
    Models = [receive {P, M} -> M end || P <- Pids],
    Bad = lists:sum([B || {_, B} <- Models]),
    erlang:display({select_mismatches, Bad}),
    [begin
         Expected = lists:sort(lists:append([maps:get(Type, M) || {M, _} <- Models])),
         Actual = lists:sort(ets:tab2list(T)),
         erlang:display({Type, length(Actual), Expected =:= Actual, erlang:phash2(Actual)})
     end || {Type, T} <- Tabs],
    erlang:display(lists:sort(ets:tab2list(C))),
    erlang:display(lists:sum([V || {_, V} <- ets:tab2list(C)])).

%% A small deterministic random sequence per worker.
next(X) -> (X * 1103515245 + 12345) rem 2147483648.

worker(I, Tabs, C) ->
    Init = maps:from_list([{Type, #{}} || {Type, _} <- Tabs]),
    {Model, Bad} = loop(?OPS, I * 7919 + 1, I, Tabs, C, Init, 0),
    {maps:map(fun(_, M) -> lists:append([Objs || {_, Objs} <- maps:to_list(M)]) end, Model), Bad}.

loop(0, _, _, _, _, Model, Bad) -> {Model, Bad};
loop(N, R0, I, Tabs, C, Model, Bad) ->
    R = next(R0),
    Key = {I, R rem 20},
    {Type, T} = lists:nth(1 + (R div 20) rem 4, Tabs),
    M = maps:get(Type, Model),
    Old = maps:get(Key, M, []),
    case (R div 80) rem 6 of
        0 ->
            Obj = {Key, R rem 3},
            ets:insert(T, Obj),
            loop(N - 1, R, I, Tabs, C, Model#{Type := M#{Key => add(Type, Obj, Old)}}, Bad);
        1 ->
            ets:delete(T, Key),
            loop(N - 1, R, I, Tabs, C, Model#{Type := maps:remove(Key, M)}, Bad);
        2 ->
            ets:update_counter(C, R rem 10, 1),
            loop(N - 1, R, I, Tabs, C, Model, Bad);
        3 ->
            Got = lists:sort(ets:select(T, [{{{I, '_'}, '_'}, [], ['$_']}])),
            Want = lists:sort(lists:append(maps:values(M))),
            loop(N - 1, R, I, Tabs, C, Model, Bad + miss(Got, Want));
        4 ->
            Got = lists:sort(ets:lookup(T, Key)),
            loop(N - 1, R, I, Tabs, C, Model, Bad + miss(Got, lists:sort(Old)));
        5 ->
            Obj = {Key, R rem 3},
            ets:delete_object(T, Obj),
            Left = [O || O <- Old, O =/= Obj],
            M2 = case Left of [] -> maps:remove(Key, M); _ -> M#{Key => Left} end,
            loop(N - 1, R, I, Tabs, C, Model#{Type := M2}, Bad)
    end.

add(set, Obj, _) -> [Obj];
add(ordered_set, Obj, _) -> [Obj];
add(bag, Obj, Old) -> case lists:member(Obj, Old) of true -> Old; false -> Old ++ [Obj] end;
add(duplicate_bag, Obj, Old) -> Old ++ [Obj].

miss(Same, Same) -> 0;
miss(_, _) -> 1.
