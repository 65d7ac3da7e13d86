%% ETS phases on one table of type ordered_set: see bench_ets.hrl.
-module(bench_ets_oset).
-define(TYPE, ordered_set).
-define(NAME, ets_oset).
-include("bench_ets.hrl").
