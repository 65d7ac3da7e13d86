%% ETS phases on one table of type ordered_set: see bench_ets_conc.hrl.
-module(bench_ets_conc_oset).
-define(TYPE, ordered_set).
-define(NAME, ets_conc_oset).
-include("bench_ets_conc.hrl").
