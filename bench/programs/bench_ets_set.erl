%% ETS phases on one table of type set: see bench_ets.hrl.
-module(bench_ets_set).
-define(TYPE, set).
-define(NAME, ets_set).
-include("bench_ets.hrl").
