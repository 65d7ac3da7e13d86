%% ETS phases on one table of type set: see bench_ets_conc.hrl.
-module(bench_ets_conc_set).
-define(TYPE, set).
-define(NAME, ets_conc_set).
-include("bench_ets_conc.hrl").
