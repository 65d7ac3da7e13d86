%% A live structure that grows and is updated while garbage is produced: a gb_tree of 50000 keys
%% survives many collections (promotion to the old generation), and updates create references from
%% new data to old data and replace old values.
-module(gc_old_generation).
-export([main/0]).

main() ->
    T0 = lists:foldl(fun(K, T) -> gb_trees:insert(K, {val, K}, T) end, gb_trees:empty(), lists:seq(1, 50000)),
    T1 = churn(T0, 0, 200000),
    erlang:display({size, gb_trees:size(T1)}),
    erlang:display({samples, [gb_trees:get(K, T1) || K <- [1, 2, 777, 25000, 49999, 50000]]}),
    erlang:display({total, total(gb_trees:values(T1), 0)}),
    ok.

churn(T, _, 0) -> T;
churn(T, I, N) ->
    K = (I * 7919) rem 50000 + 1,
    Garbage = lists:seq(1, 20),
    {val, V} = gb_trees:get(K, T),
    New = case V of
              {upd, C, _} -> {val, {upd, C + 1, length(Garbage)}};
              _ -> {val, {upd, 1, length(Garbage)}}
          end,
    churn(gb_trees:update(K, New, T), I + 1, N - 1).

total([], S) -> S;
total([{val, {upd, C, _}} | T], S) -> total(T, S + C);
total([{val, _} | T], S) -> total(T, S).
