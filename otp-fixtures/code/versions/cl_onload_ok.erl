%% A module whose on_load function succeeds.
-module(cl_onload_ok).
-on_load(init/0).
-export([f/0, init/0]).
init() -> erlang:display({cl_onload_ok, init_runs}), ok.
f() -> loaded_ok.
